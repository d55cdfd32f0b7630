import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { UPLOAD_MAX_BYTES } from '@/lib/content/import-files';
import { importUpload, ZImportUpload } from '@/lib/content/import-upload';
import { loadProject } from '@/lib/policies/loaders';

// A .md or .zip into this project (whoever may create pages here): a dry run, then the import.
export const POST = guarded(
  ZImportUpload.extend({ slug: z.string().min(1).max(100) }),
  { action: 'import', load: (user, input) => loadProject(user, input.slug) },
  ({ user, input, resource }) => importUpload(user, input, { project: resource }),
  { form: { maxBytes: UPLOAD_MAX_BYTES + 64 * 1024 } },
);
