import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadDocumentScope } from '@/lib/documents/load-scope';
import { authorize } from '@/lib/policies/authorize';
import { verifyDocument } from '@/lib/reviews/verify-document';

const ZVerify = z.object({
  id: z.string().min(1).max(64),
  note: z.string().trim().max(500, 'Keep the note under 500 characters').default(''),
});

// Verifying is vouching for the content, so it takes the right to edit it.
export const POST = guarded(ZVerify, async ({ user, input }) => {
  authorize(user, 'update', await loadDocumentScope(user, input.id));
  return verifyDocument(user, input.id, input.note);
});
