import { guarded } from '@/lib/auth/guard';
import { loadDocumentScope } from '@/lib/documents/load-scope';
import { ZUpdateDocument } from '@/lib/documents/schemas';
import { updateDocument } from '@/lib/documents/update-document';
import { deleteDocument } from '@/lib/documents/delete-document';
import { z } from 'zod';
import { authorize } from '@/lib/policies/authorize';

export const PUT = guarded(ZUpdateDocument, async ({ user, input }) => {
  authorize(user, 'update', await loadDocumentScope(user, input.id));
  return updateDocument(user, input);
});

const ZId = z.object({ id: z.string().min(1).max(64) });

export const DELETE = guarded(ZId, async ({ user, input }) => {
  authorize(user, 'delete', await loadDocumentScope(user, input.id));
  return deleteDocument(user, input.id);
});
