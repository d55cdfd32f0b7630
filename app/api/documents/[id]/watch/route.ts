import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { setWatch, ZWatch } from '@/lib/notifications/watch';
import { loadDocument } from '@/lib/policies/loaders';

// Watch a page (its changes and comments reach your inbox), or stop.
export const POST = guarded(
  ZWatch.extend({ id: z.string().min(1).max(64) }),
  { action: 'watch', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => setWatch(user, { documentId: resource.id }, input.watching),
);
