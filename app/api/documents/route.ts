import { guarded } from '@/lib/auth/guard';
import { createDocument } from '@/lib/documents/create-document';
import { ZCreateDocument } from '@/lib/documents/schemas';

export const POST = guarded(ZCreateDocument, ({ user, input }) => createDocument(user, input), {
  successStatus: 201,
});
