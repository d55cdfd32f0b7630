import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { restoreDocument } from '@/lib/documents/delete-document';
import { loadDocumentScope } from '@/lib/documents/load-scope';
import { authorize } from '@/lib/policies/authorize';

export const POST = guarded(z.object({ id: z.string().min(1).max(64) }), async ({ user, input }) => {
  authorize(user, 'restore', await loadDocumentScope(user, input.id, { deleted: true }));
  return restoreDocument(user, input.id);
});
