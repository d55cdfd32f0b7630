import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { baseVersionOf, getApiDocument } from '@/lib/api/documents-api';
import { deleteDocument } from '@/lib/documents/delete-document';
import { ZUpdateDocument } from '@/lib/documents/schemas';
import { updateDocument } from '@/lib/documents/update-document';
import { Conflict, PreconditionFailed } from '@/lib/errors';
import { loadDocument } from '@/lib/policies/loaders';

const ZId = z.object({ id: z.string().min(1).max(64) });

// GET /api/v1/documents/{id}: fields, Markdown, rendered HTML; the version is the ETag.
export const GET = guarded(ZId, { action: 'read', load: (user, input) => loadDocument(user, input.id) }, ({ user, resource }) =>
  getApiDocument(user, resource),
);

// PUT: a new version, based on If-Match (412 when stale) or baseVersion (409), the current
// version in the answer either way; never a silent overwrite.
export const PUT = guarded(
  ZUpdateDocument.extend({ baseVersion: ZUpdateDocument.shape.baseVersion.optional() }),
  { action: 'update', load: (user, input) => loadDocument(user, input.id) },
  async ({ user, input, resource, request }) => {
    const base = baseVersionOf(request, input.baseVersion);
    try {
      return await updateDocument(user, resource, { ...input, baseVersion: base.version });
    } catch (err) {
      if (err instanceof Conflict && base.fromHeader) throw new PreconditionFailed(err.message, err.detail);
      throw err;
    }
  },
);

export const DELETE = guarded(ZId, { action: 'delete', load: (user, input) => loadDocument(user, input.id) }, ({ user, resource }) =>
  deleteDocument(user, resource),
);
