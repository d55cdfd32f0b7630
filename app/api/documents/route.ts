import { guarded } from '@/lib/auth/guard';
import { createDocument } from '@/lib/documents/create-document';
import { loadProjectScope } from '@/lib/documents/load-scope';
import { ZCreateDocument } from '@/lib/documents/schemas';
import { authorize } from '@/lib/policies/authorize';

export const POST = guarded(
  ZCreateDocument,
  async ({ user, input }) => {
    authorize(user, 'create', await loadProjectScope(user, input.projectSlug));
    return createDocument(user, input);
  },
  { successStatus: 201 },
);
