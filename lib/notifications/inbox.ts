import 'server-only';
// A person's notifications: only about pages they may still read (the read rule, in SQL), so
// losing access to a project takes its notices out of the inbox and the unread count at once.
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import { documentSql } from '@/lib/policies/read-rule-queries';
import { visibleDocuments } from '@/lib/policies/visible-to';

const INBOX = 100;

const mine = (actor: TActor) => ({ userId: actor.id, document: { deletedAt: null, ...visibleDocuments(actor) } });

/**
 * Unread notices on pages the reader may still read. Asked on every page (the header's inbox),
 * so in plain SQL: the query builder's form of the same rule (three joins to "Project" and the
 * member tests) cost PostgreSQL more to plan than to run.
 */
export async function unreadCount(actor: TActor): Promise<number> {
  const rule = documentSql(actor, {
    projectId: Prisma.sql`d."projectId"`,
    visibility: Prisma.sql`p.visibility`,
    status: Prisma.sql`d.status`,
    ownerId: Prisma.sql`d."ownerId"`,
  });
  const rows = await readRows<{ n: number }>(Prisma.sql`
    SELECT count(*)::int AS n
    FROM "Notification" n
    JOIN "Document" d ON d.id = n."documentId"
    LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE n."userId" = ${actor.id} AND n."readAt" IS NULL AND d."deletedAt" IS NULL AND ${rule}`);
  return rows[0]?.n ?? 0;
}

export async function listInbox(actor: TActor) {
  return db.notification.findMany({
    where: mine(actor),
    orderBy: { createdAt: 'desc' },
    take: INBOX,
    select: {
      id: true,
      type: true,
      data: true,
      createdAt: true,
      readAt: true,
      document: { select: { id: true, title: true, slug: true, project: { select: { slug: true, name: true } } } },
    },
  });
}

export type TInboxItem = Awaited<ReturnType<typeof listInbox>>[number];

export const ZMarkRead = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) }),
  z.object({ all: z.literal(true) }),
]);

/** Marks some of one's own notifications read, or all of them. */
export async function markRead(actor: TActor, input: z.output<typeof ZMarkRead>) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...('ids' in input ? { id: { in: input.ids } } : {}) },
      data: { readAt: new Date() },
    });
    return { marked: count };
  });
}
