import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { getApiDocument } from '@/lib/api/documents-api';
import { loadDocumentAt } from '@/lib/policies/loaders';

// GET /api/v1/projects/{slug}/documents/{doc}: a document by its address (`_` for team-wide pages),
// as GET /api/v1/documents/{id} answers.
export const GET = guarded(
  z.object({ slug: z.string().min(1).max(100), doc: z.string().min(1).max(100) }),
  { action: 'read', load: (user, input) => loadDocumentAt(user, input.slug === '_' ? null : input.slug, input.doc) },
  ({ user, resource }) => getApiDocument(user, resource),
);
