import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { restoreDocument } from '@/lib/documents/delete-document';
import { loadDocument } from '@/lib/policies/loaders';

export const POST = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'restore', load: (user, input) => loadDocument(user, input.id, { deleted: true }) },
  ({ user, resource }) => restoreDocument(user, resource),
);
