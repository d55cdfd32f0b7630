import { guarded } from '@/lib/auth/guard';
import { ZUpdateDocument } from '@/lib/documents/schemas';
import { updateDocument } from '@/lib/documents/update-document';

export const PUT = guarded(ZUpdateDocument, ({ user, input }) => updateDocument(user, input));
