import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadWebhook } from '@/lib/policies/loaders';
import { sendTestEvent } from '@/lib/webhooks/webhook-log';

// Queue a webhook.ping for this endpoint; it shows in the delivery log like any delivery.
export const POST = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'manage-webhooks', load: (user, input) => loadWebhook(user, input.id) },
  ({ resource }) => sendTestEvent(resource),
  { successStatus: 201 },
);
