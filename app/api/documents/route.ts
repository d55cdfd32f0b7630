import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { createDocument } from '@/lib/documents/create-document';
import { listDocuments } from '@/lib/documents/list-documents';
import { ZCreateDocument } from '@/lib/documents/schemas';
import { loadTarget } from '@/lib/policies/loaders';

export const POST = guarded(
  ZCreateDocument,
  { action: 'create', load: (user, input) => loadTarget(user, input.projectSlug) },
  ({ user, input, resource }) => createDocument(user, input, { target: resource }),
  { successStatus: 201 },
);

// The pages changed lately that the reader may read, for the 404 page (which loads them only
// when it is shown). At most 20.
const ZRecent = z.object({ limit: z.coerce.number().int().min(1).max(20).default(6) });

export const GET = guarded(ZRecent, { action: 'read' }, async ({ user, input }) => ({
  items: (await listDocuments(user, { take: input.limit })).map((d) => ({ id: d.id, title: d.title, path: d.path })),
}));
