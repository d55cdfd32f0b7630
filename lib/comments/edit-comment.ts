import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import { loadDocument, SYSTEM_ACTOR, type TLoadedComment } from '@/lib/policies/loaders';
import { renderComment } from './render-comment';
import { resolveMentions } from './resolve-mentions';
import { documentPath } from '@/lib/documents/paths';
import { noticeNewMentions } from '@/lib/notifications/page-notices';
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
    const before = (await tx.commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true } })).map((m) => m.userId);
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    await tx.commentMention.createMany({ data: mentioned.map((userId) => ({ commentId: comment.id, userId })) });
    // Only the author edits (the policy), so the author is who mentions the newly named.
    const author = comment.scope.ownerId ?? '';
    const page = { id: doc.id, project: doc.project, path: documentPath(doc.project?.slug, doc.slug), ownerId: doc.ownerId };
    const fresh = mentioned.filter((id) => !before.includes(id));
    await noticeNewMentions(tx, author, page, { id: comment.id, body: input.body, reply: false }, fresh);
    return { id: comment.id };
  });
}
