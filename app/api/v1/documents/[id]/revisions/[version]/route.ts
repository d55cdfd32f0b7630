import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { versionText } from '@/lib/documents/revision-state';
import { loadDocument } from '@/lib/policies/loaders';

// GET /api/v1/documents/{id}/revisions/{version}: one version as it was saved.
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64), version: z.coerce.number().int().min(1).max(2_147_483_647) }),
  { action: 'read', load: (user, input) => loadDocument(user, input.id) },
  ({ resource, input }) => versionText(resource, input.version),
);
