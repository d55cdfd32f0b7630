import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { setWatch, ZWatch } from '@/lib/notifications/watch';
import { loadProject } from '@/lib/policies/loaders';

// Watch a whole project (every page in it), or stop.
export const POST = guarded(
  ZWatch.extend({ slug: z.string().min(1).max(100) }),
  { action: 'watch', load: (user, input) => loadProject(user, input.slug) },
  ({ user, input, resource }) => setWatch(user, { projectId: resource.id }, input.watching),
);
