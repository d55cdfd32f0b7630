import 'server-only';
// Starting a thread or replying to one. A new thread is about the whole page or one of its
// section headings as the current version has them; its heading's text is kept with it.
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import type { TTocEntry } from '@/lib/markdown/rendered';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { renderComment } from './render-comment';
import { resolveMentions } from './resolve-mentions';
import { documentPath } from '@/lib/documents/paths';
import { noticeComment } from '@/lib/notifications/page-notices';
import type { ZAddComment } from './schemas';

const MAX_THREADS = 500;
const MAX_REPLIES = 200;

async function headingText(doc: TLoadedDocument, anchor: string): Promise<string> {
  if (anchor === '') return '';
  const revision = await db.revision.findUnique({
    where: { documentId_version: { documentId: doc.id, version: doc.version } },
    select: { toc: true },
  });
  const heading = ((revision?.toc ?? []) as TTocEntry[]).find((h) => h.id === anchor);
  if (!heading)
    throw new Invalid('This page has no such section; choose one of its headings or the whole page.', { anchor: 'No such section' });
  return heading.text;
}

export async function addComment(actor: TActor, doc: TLoadedDocument, input: z.output<typeof ZAddComment>) {
  const html = await renderComment(input.body, doc.project?.slug);
  const mentioned = await resolveMentions(doc, input.body);
  const anchorText = input.threadId ? '' : await headingText(doc, input.anchor);
  return db.$transaction(async (tx) => {
    let threadId = input.threadId;
    if (threadId) {
      const thread = await tx.commentThread.findFirst({
        where: { id: threadId, documentId: doc.id },
        select: { _count: { select: { comments: true } } },
      });
      if (!thread) throw new NotFound('This thread is not on this page any more.');
      if (thread._count.comments >= MAX_REPLIES)
        throw new Invalid(`This thread has ${MAX_REPLIES} comments; start a new one.`, { body: 'Thread full' });
      // A reply to a resolved thread opens it again.
      await tx.commentThread.update({ where: { id: threadId }, data: { resolvedAt: null, resolvedById: null }, select: { id: true } });
    } else {
      const threads = await tx.commentThread.count({ where: { documentId: doc.id } });
      if (threads >= MAX_THREADS)
        throw new Invalid(`This page has ${MAX_THREADS} threads; reply to one instead.`, { body: 'Too many threads' });
      threadId = (await tx.commentThread.create({ data: { documentId: doc.id, anchor: input.anchor, anchorText }, select: { id: true } }))
        .id;
    }
    const comment = await tx.comment.create({
      data: { threadId, authorId: actor.id, body: input.body, html, mentions: { create: mentioned.map((userId) => ({ userId })) } },
      select: { id: true },
    });
    const page = { id: doc.id, project: doc.project, path: documentPath(doc.project?.slug, doc.slug), ownerId: doc.ownerId };
    await noticeComment(tx, actor.id, page, { id: comment.id, body: input.body, reply: Boolean(input.threadId), mentioned });
    return { id: comment.id, threadId };
  });
}
