import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadProject } from '@/lib/policies/loaders';
import { ZCreateToken } from '@/lib/tokens/manage-tokens';
import { createServiceToken } from '@/lib/tokens/service-tokens';

// Make a service token for this project (admins): shown once, acts in this project only.
export const POST = guarded(
  ZCreateToken.extend({ slug: z.string().min(1).max(100) }),
  { action: 'administer', load: (user, input) => loadProject(user, input.slug) },
  ({ user, input, resource }) => createServiceToken(user, resource, input),
  { successStatus: 201 },
);
