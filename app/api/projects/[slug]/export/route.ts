import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { archiveDownload } from '@/lib/content/export-download';
import { loadProject } from '@/lib/policies/loaders';

// The project as a .zip laid out like content/: its pages the caller may read, and their owners.
export const GET = guarded(
  z.object({ slug: z.string().min(1).max(100) }),
  { action: 'export', load: (user, input) => loadProject(user, input.slug) },
  ({ user, resource }) => archiveDownload(user, { project: resource }, resource.slug),
);
