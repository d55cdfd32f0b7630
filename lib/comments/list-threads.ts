import 'server-only';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TReadable } from '@/lib/policies/readable';

type TThreadRow = { id: string; anchor: string; anchorText: string; createdAt: Date; resolvedAt: Date | null };
type TCommentRow = {
  id: string;
  threadId: string;
  html: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  authorId: string;
  authorName: string;
  mentioned: string[];
};

/** A page's threads, open ones first, each with its comments in order and their authors. */
export async function listThreads(doc: TReadable<{ id: string }>) {
  // Every page view runs this, and most pages have no thread: the comments are read only when
  // there are threads (two plain statements, lib/db/read-rows.ts).
  const threadRows = await readRows<TThreadRow>(Prisma.sql`
    SELECT t.id, t.anchor, t."anchorText", t."createdAt", t."resolvedAt" FROM "CommentThread" t
    WHERE t."documentId" = ${doc.id} ORDER BY t."createdAt", t.id`);
  const commentRows = threadRows.length
    ? await readRows<TCommentRow>(Prisma.sql`
        SELECT c.id, c."threadId", c.html, c.body, c."createdAt", c."editedAt", c."deletedAt", c."authorId", u.name AS "authorName",
               ARRAY(SELECT mu.name FROM "CommentMention" cm JOIN "User" mu ON mu.id = cm."userId" WHERE cm."commentId" = c.id ORDER BY mu.name) AS mentioned
        FROM "Comment" c JOIN "User" u ON u.id = c."authorId"
        WHERE c."threadId" = ANY(${threadRows.map((t) => t.id)}::text[]) ORDER BY c."createdAt", c.id`)
    : [];
  const threads = threadRows.map((t) => ({
    ...t,
    comments: commentRows
      .filter((c) => c.threadId === t.id)
      .map((c) => ({
        id: c.id,
        html: c.html,
        body: c.body,
        createdAt: c.createdAt,
        editedAt: c.editedAt,
        deletedAt: c.deletedAt,
        author: { id: c.authorId, name: c.authorName },
        mentions: c.mentioned.map((name) => ({ user: { name } })),
      })),
  }));
  return [...threads.filter((t) => !t.resolvedAt), ...threads.filter((t) => t.resolvedAt)];
}

export type TThread = Awaited<ReturnType<typeof listThreads>>[number];
