import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { getApiProject } from '@/lib/projects/api-projects';
import { loadProject } from '@/lib/policies/loaders';

// GET /api/v1/projects/{slug}: one project (404 when the token's person may not read it).
export const GET = guarded(
  z.object({ slug: z.string().min(1).max(100) }),
  { action: 'read', load: (user, input) => loadProject(user, input.slug) },
  ({ resource }) => getApiProject(resource),
);
