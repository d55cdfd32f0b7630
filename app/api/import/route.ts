import { guarded } from '@/lib/auth/guard';
import { UPLOAD_MAX_BYTES } from '@/lib/content/import-files';
import { importUpload, ZImportUpload } from '@/lib/content/import-upload';

// A .md or .zip into the whole wiki (admins): projects, people and templates it brings included.
export const POST = guarded(ZImportUpload, { action: 'import-wiki' }, ({ user, input }) => importUpload(user, input, { wiki: true }), {
  form: { maxBytes: UPLOAD_MAX_BYTES + 64 * 1024 },
});
