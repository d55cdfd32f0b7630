import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadWebhook } from '@/lib/policies/loaders';
import { deleteWebhook, updateWebhook, ZUpdateWebhook } from '@/lib/webhooks/manage-webhooks';

// Change a webhook (address, events, description) or turn it off and on.
export const PATCH = guarded(
  ZUpdateWebhook,
  { action: 'manage-webhooks', load: (user, input) => loadWebhook(user, input.id) },
  ({ user, input, resource }) => updateWebhook(user, resource, input),
);

// Delete a webhook and its delivery log.
export const DELETE = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'manage-webhooks', load: (user, input) => loadWebhook(user, input.id) },
  ({ user, resource }) => deleteWebhook(user, resource),
);
