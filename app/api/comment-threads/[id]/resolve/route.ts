import { guarded } from '@/lib/auth/guard';
import { resolveThread } from '@/lib/comments/resolve-thread';
import { ZResolveThread } from '@/lib/comments/schemas';
import { loadThread } from '@/lib/policies/loaders';

// Resolve a thread, or open it again: who started it, or whoever may edit the page.
export const POST = guarded(
  ZResolveThread,
  { action: 'resolve-comment', load: (user, input) => loadThread(user, input.id) },
  ({ user, input, resource }) => resolveThread(user, resource, input),
);
