import { guarded } from '@/lib/auth/guard';
import { listApiDocuments, ZDocumentQuery } from '@/lib/api/documents-api';
import { createDocument } from '@/lib/documents/create-document';
import { ZCreateDocument } from '@/lib/documents/schemas';
import { loadTarget } from '@/lib/policies/loaders';

// GET /api/v1/documents: filters (kind, project, tag, owner, status, needsReview, updatedSince)
// and a cursor. POST: create a document (scope write).
export const GET = guarded(ZDocumentQuery, { action: 'read' }, ({ user, input }) => listApiDocuments(user, input));

export const POST = guarded(
  ZCreateDocument,
  { action: 'create', load: (user, input) => loadTarget(user, input.projectSlug) },
  ({ user, input, resource }) => createDocument(user, input, { target: resource }),
  { successStatus: 201 },
);
