import { guarded } from '@/lib/auth/guard';
import { addComment } from '@/lib/comments/add-comment';
import { ZAddComment } from '@/lib/comments/schemas';
import { loadDocument } from '@/lib/policies/loaders';

// Start a thread on the page (or one of its sections), or reply to one: whoever reads the page.
export const POST = guarded(
  ZAddComment,
  { action: 'comment', load: (user, input) => loadDocument(user, input.id) },
  ({ user, input, resource }) => addComment(user, resource, input),
  { successStatus: 201 },
);
