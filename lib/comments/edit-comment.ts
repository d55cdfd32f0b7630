import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import { loadDocument, SYSTEM_ACTOR, type TLoadedComment } from '@/lib/policies/loaders';
import { renderComment } from './render-comment';
import { resolveMentions } from './resolve-mentions';
import type { ZEditComment } from './schemas';

/** New words for one's own comment; it is marked edited. */
export async function editComment(comment: TLoadedComment, input: z.output<typeof ZEditComment>) {
  // The page with its project's facts; the comment's loader has checked the editor may read it.
  const doc = await loadDocument(SYSTEM_ACTOR, comment.documentId);
  const html = await renderComment(input.body, doc.project?.slug);
  const mentioned = await resolveMentions(doc, input.body);
  return db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, deletedAt: null },
      data: { body: input.body, html, editedAt: new Date() },
    });
    if (count === 0) throw new NotFound('This comment was deleted.');
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    await tx.commentMention.createMany({ data: mentioned.map((userId) => ({ commentId: comment.id, userId })) });
    return { id: comment.id };
  });
}
