import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { deleteDocument } from '@/lib/documents/delete-document';
import { ZUpdateDocument } from '@/lib/documents/schemas';
import { updateDocument } from '@/lib/documents/update-document';
import { loadDocument } from '@/lib/policies/loaders';

export const PUT = guarded(
  ZUpdateDocument,
  { action: 'update', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => updateDocument(user, resource, input),
);

const ZId = z.object({ id: z.string().min(1).max(64) });

export const DELETE = guarded(ZId, { action: 'delete', load: (user, input) => loadDocument(user, input.id) }, ({ user, resource }) =>
  deleteDocument(user, resource),
);
