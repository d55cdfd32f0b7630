import { guarded } from '@/lib/auth/guard';
import { loadTarget } from '@/lib/policies/loaders';
import { createWebhook, ZCreateWebhook } from '@/lib/webhooks/manage-webhooks';

// Register a webhook for a project (its owners) or the whole wiki (admins); the secret is in this answer only.
export const POST = guarded(
  ZCreateWebhook,
  { action: 'manage-webhooks', load: (user, input) => loadTarget(user, input.projectSlug) },
  ({ user, input, resource }) => createWebhook(user, resource, input),
  { successStatus: 201 },
);
