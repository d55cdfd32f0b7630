import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { pageDownload } from '@/lib/content/export-download';
import { loadDocument } from '@/lib/policies/loaders';

// GET /api/v1/documents/{id}/export: the page as Markdown with YAML front matter.
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'export', load: (user, input) => loadDocument(user, input.id) },
  ({ resource }) => pageDownload(resource),
);
