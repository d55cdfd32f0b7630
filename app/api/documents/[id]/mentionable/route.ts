import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { mentionable } from '@/lib/comments/resolve-mentions';
import { loadDocument } from '@/lib/policies/loaders';

// Who may be mentioned in a comment on this page (people who may read it), by the start of a
// name, handle or email: the comment box's suggestions.
export const GET = guarded(
  z.object({ id: z.string().min(1).max(64), q: z.string().max(50).default('') }),
  { action: 'comment', load: (user, input) => loadDocument(user, input.id) },
  ({ input, resource }) => mentionable(resource, input.q),
);
