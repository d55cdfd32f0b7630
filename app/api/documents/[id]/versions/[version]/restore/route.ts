import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { restoreVersion } from '@/lib/documents/restore-version';
import { loadDocument } from '@/lib/policies/loaders';

const ZRestoreVersion = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1).max(2_147_483_646),
  // The version the person was looking at as current: a save in between is a 409.
  baseVersion: z.number().int().min(1).max(2_147_483_646, 'This version number does not exist'),
});

// Restoring is saving: it takes the right to edit the page.
export const POST = guarded(
  ZRestoreVersion,
  { action: 'update', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => restoreVersion(user, resource, input.version, input.baseVersion),
);
