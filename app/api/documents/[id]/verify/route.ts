import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { loadDocument } from '@/lib/policies/loaders';
import { verifyDocument } from '@/lib/reviews/verify-document';

const ZVerify = z.object({
  id: z.string().min(1).max(64),
  note: z.string().trim().max(500, 'Keep the note under 500 characters').default(''),
});

// Verifying is vouching for the content, so it takes the right to edit it.
export const POST = guarded(
  ZVerify,
  { action: 'update', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => verifyDocument(user, resource, input.note),
);
