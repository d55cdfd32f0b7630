import 'server-only';
// Telling people about a page, in the transaction of what happened to it: one Notification per
// person, which is both their inbox and the outbox the worker emails from. Only people who may
// read the page now are told (the read rule, with their role and membership), never the person
// who did it, and nobody twice for one event.
import { Prisma } from '@/lib/generated/prisma/client';
import type { TTransaction } from '@/lib/db/client';
import { draftOf, personReads } from '@/lib/policies/read-rule';

export type TNotifyDocument = { id: string; project: { id: string } | null };
import { reachOf, type TNotificationType } from './preferences';

/** People following the page or its project (a page's own "unwatch" wins over its project's watch). */
export async function watchersOf(tx: TTransaction, doc: TNotifyDocument): Promise<string[]> {
  const rows = await tx.watch.findMany({
    where: { OR: [{ documentId: doc.id }, ...(doc.project ? [{ projectId: doc.project.id }] : [])] },
    select: { userId: true, documentId: true, watching: true },
  });
  const unwatched = new Set(rows.filter((r) => r.documentId && !r.watching).map((r) => r.userId));
  return [...new Set(rows.filter((r) => r.watching && !unwatched.has(r.userId)).map((r) => r.userId))];
}

/** Adds these people as watchers of the page, unless they unwatched it; ids that are not people are skipped. */
export async function watchAutomatically(tx: TTransaction, userIds: string[], documentId: string) {
  if (userIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Watch" (id, "userId", "documentId", watching)
    SELECT gen_random_uuid()::text, u.id, ${documentId}, true FROM "User" u
    WHERE u.id = ANY(${userIds}::text[]) AND u."serviceProjectId" IS NULL
    ON CONFLICT ("userId", "documentId") DO NOTHING`;
}

/** Writes one notification per person who may read the page, leaving out `except`. Returns who was told. */
export async function notify(
  tx: TTransaction,
  doc: TNotifyDocument,
  userIds: string[],
  notice: { type: TNotificationType; data: Record<string, unknown> },
  except: string | null,
): Promise<string[]> {
  const ids = [...new Set(userIds)].filter((id) => id !== except);
  if (ids.length === 0) return [];
  const people = await tx.user.findMany({
    where: { id: { in: ids }, disabledAt: null, serviceProjectId: null },
    select: {
      id: true,
      role: true,
      noticePrefs: true,
      emailDigest: true,
      memberships: { where: { projectId: doc.project?.id ?? '' }, select: { role: true } },
    },
  });
  const page = await tx.document.findUniqueOrThrow({
    where: { id: doc.id },
    select: { status: true, ownerId: true, project: { select: { visibility: true } } },
  });
  const { draftBy } = draftOf(page);
  // Who may read it (a draft: its owner and those who may edit it), and has not turned this kind
  // of notice off; email as each chose.
  const told = people.filter(
    (p) => reachOf(p.noticePrefs, notice.type) !== 'off' && personReads(p, page.project?.visibility ?? null, draftBy),
  );
  if (told.length) {
    await tx.notification.createMany({
      data: told.map((p) => ({
        userId: p.id,
        documentId: doc.id,
        type: notice.type,
        data: notice.data as Prisma.InputJsonObject,
        emailState: reachOf(p.noticePrefs, notice.type) === 'email' ? (p.emailDigest ? 'digest' : 'due') : null,
      })),
    });
  }
  return told.map((p) => p.id);
}
