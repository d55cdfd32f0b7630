import 'server-only';
// An import from the browser: the uploaded .md or .zip read within the upload limits, then the
// dry run or the import itself. The schema is shared by the wiki's and a project's route.
import { z } from 'zod';
import type { TUser } from '@/lib/auth/current-user';
import { applyImport, type TImportResult } from './apply-import';
import { readUpload, UPLOAD_LIMITS, UPLOAD_MAX_BYTES } from './import-files';
import { planImport, type TImportPlan, type TImportTarget } from './plan-import';

const ZFileList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

export const ZImportUpload = z.object({
  file: z
    .file({ message: 'Choose a .md file or a .zip to import' })
    .max(UPLOAD_MAX_BYTES, `The file is larger than ${UPLOAD_MAX_BYTES / 1024 / 1024} MiB`)
    .refine((f) => f.name.length <= 200, 'The file name is longer than 200 characters'),
  mode: z.enum(['dry-run', 'apply'], { message: 'mode is dry-run or apply' }),
  // Conflicting files the person chose to import anyway (as a new version).
  confirm: ZFileList.pipe(z.array(z.string().max(400)).max(UPLOAD_LIMITS.files)).default([]),
});

export async function importUpload(
  user: TUser,
  input: z.output<typeof ZImportUpload>,
  target: TImportTarget,
): Promise<{ plan: TImportPlan } | { result: TImportResult }> {
  const files = await readUpload(input.file.name, Buffer.from(await input.file.arrayBuffer()), UPLOAD_LIMITS);
  if (input.mode === 'dry-run') return { plan: (await planImport(user, files, target)).plan };
  return { result: await applyImport(user, files, target, new Set(input.confirm)) };
}
