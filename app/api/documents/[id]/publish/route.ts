import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { publishDocument } from '@/lib/documents/publish-document';
import { loadDocument } from '@/lib/policies/loaders';

// Publishing makes a draft readable by everyone who reads its place: whoever may edit it may.
export const POST = guarded(
  z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1).max(1_000_000) }),
  { action: 'update', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => publishDocument(user, resource, input.version),
);
