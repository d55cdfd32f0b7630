import 'server-only';
import { db } from '@/lib/db/client';
import type { TReadable } from '@/lib/policies/readable';

/** A page's threads, open ones first, each with its comments in order and their authors. */
export async function listThreads(doc: TReadable<{ id: string }>) {
  const threads = await db.commentThread.findMany({
    where: { documentId: doc.id },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      anchor: true,
      anchorText: true,
      createdAt: true,
      resolvedAt: true,
      comments: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          html: true,
          body: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          author: { select: { id: true, name: true } },
          mentions: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  return [...threads.filter((t) => !t.resolvedAt), ...threads.filter((t) => t.resolvedAt)];
}

export type TThread = Awaited<ReturnType<typeof listThreads>>[number];
