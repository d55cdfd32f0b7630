import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadWebhook } from '@/lib/policies/loaders';
import { rollWebhookSecret } from '@/lib/webhooks/manage-webhooks';

// Roll the signing secret: the new one is in this answer only; the old one signs too for 24 hours.
export const POST = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'manage-webhooks', load: (user, input) => loadWebhook(user, input.id) },
  ({ user, resource }) => rollWebhookSecret(user, resource),
  { successStatus: 201 },
);
