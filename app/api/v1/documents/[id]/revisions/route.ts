import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { listRevisions } from '@/lib/documents/list-revisions';
import { loadDocument } from '@/lib/policies/loaders';

// GET /api/v1/documents/{id}/revisions: every saved version, newest first.
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'read', load: (user, input) => loadDocument(user, input.id) },
  async ({ resource }) => ({ items: await listRevisions(resource) }),
);
