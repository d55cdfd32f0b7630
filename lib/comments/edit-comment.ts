import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TLoadedComment } from '@/lib/policies/loaders';
import { renderComment } from './render-comment';
import type { ZEditComment } from './schemas';

/** New words for one's own comment; it is marked edited. */
export async function editComment(comment: TLoadedComment, input: z.output<typeof ZEditComment>) {
  const doc = await db.document.findUniqueOrThrow({ where: { id: comment.documentId }, select: { project: { select: { slug: true } } } });
  const html = await renderComment(input.body, doc.project?.slug);
  return db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, deletedAt: null },
      data: { body: input.body, html, editedAt: new Date() },
    });
    if (count === 0) throw new NotFound('This comment was deleted.');
    return { id: comment.id };
  });
}
