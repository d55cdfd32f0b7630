import { guarded } from '@/lib/auth/guard';
import { loadDocumentScope } from '@/lib/documents/load-scope';
import { ZUpdateDocument } from '@/lib/documents/schemas';
import { updateDocument } from '@/lib/documents/update-document';
import { authorize } from '@/lib/policies/authorize';

export const PUT = guarded(ZUpdateDocument, async ({ user, input }) => {
  authorize(user, 'update', await loadDocumentScope(user, input.id));
  return updateDocument(user, input);
});
