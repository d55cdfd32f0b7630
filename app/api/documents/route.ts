import { guarded } from '@/lib/auth/guard';
import { createDocument } from '@/lib/documents/create-document';
import { ZCreateDocument } from '@/lib/documents/schemas';
import { loadTarget } from '@/lib/policies/loaders';

export const POST = guarded(
  ZCreateDocument,
  { action: 'create', load: (user, input) => loadTarget(user, input.projectSlug) },
  ({ user, input, resource }) => createDocument(user, input, { target: resource }),
  { successStatus: 201 },
);
