import { z } from 'zod';
import { guarded } from '@/lib/auth/guard';
import { deleteComment } from '@/lib/comments/delete-comment';
import { editComment } from '@/lib/comments/edit-comment';
import { ZEditComment } from '@/lib/comments/schemas';
import { loadComment } from '@/lib/policies/loaders';

// Change one's own comment.
export const PATCH = guarded(
  ZEditComment,
  { action: 'edit-comment', load: (user, input) => loadComment(user, input.id) },
  ({ input, resource }) => editComment(resource, input),
);

// Delete a comment: its author, a project owner or an admin.
export const DELETE = guarded(
  z.object({ id: z.string().min(1).max(64) }),
  { action: 'delete-comment', load: (user, input) => loadComment(user, input.id) },
  ({ user, resource }) => deleteComment(user, resource),
);
