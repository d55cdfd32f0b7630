import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { pageDownload } from '@/lib/content/export-download';
import { loadDocument } from '@/lib/policies/loaders';

// The page as Markdown with YAML front matter: everything needed to recreate it.
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'export', load: (user, input) => loadDocument(user, input.id) },
  ({ resource }) => pageDownload(resource),
);
