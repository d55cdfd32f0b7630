import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadWebhook } from '@/lib/policies/loaders';
import { resendDelivery } from '@/lib/webhooks/webhook-log';

// Send one delivery again now, with the same webhook-id.
export const POST = guarded(
  z.object({ id: z.string().min(1).max(64), delivery: z.string().min(1).max(64) }),
  { action: 'manage-webhooks', load: (user, input) => loadWebhook(user, input.id) },
  ({ input, resource }) => resendDelivery(resource, input.delivery),
);
