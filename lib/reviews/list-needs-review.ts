import 'server-only';
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TReadable } from '@/lib/policies/readable';
import { documentPath } from '@/lib/documents/paths';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';

export type TOverdue = { reason: 'review' | 'monitoring'; due: Date };

/**
 * Documents whose review date has passed, and model cards whose monitoring review has, most
 * overdue first, scoped to what the actor reads. Drafts are left out: nobody reviews a page that
 * is not yet published.
 */
export async function listNeedsReview(actor: TActor, now = new Date()) {
  const docs = await db.document.findMany({
    where: {
      deletedAt: null,
      status: 'published',
      AND: [{ OR: [{ reviewBy: { lt: now } }, { monitoringReviewBy: { lt: now } }] }, visibleDocuments(actor)],
    },
    orderBy: { reviewBy: 'asc' },
    take: 500,
    select: {
      id: true,
      kind: true,
      slug: true,
      title: true,
      reviewBy: true,
      monitoringReviewBy: true,
      owner: { select: { name: true } },
      project: { select: { slug: true, name: true } },
      verifications: { orderBy: { verifiedAt: 'desc' }, take: 1, select: { verifiedAt: true } },
    },
  });
  const overdue = (d: (typeof docs)[number]): TOverdue[] =>
    [
      { reason: 'review' as const, due: d.reviewBy },
      { reason: 'monitoring' as const, due: d.monitoringReviewBy },
    ].filter((o): o is TOverdue => o.due !== null && o.due < now);
  const rows = docs.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    path: documentPath(d.project?.slug, d.slug),
    project: d.project,
    owner: d.owner.name,
    overdue: overdue(d),
    lastVerified: d.verifications[0]?.verifiedAt ?? null,
  }));
  const firstDue = (r: (typeof rows)[number]) => Math.min(...r.overdue.map((o) => o.due.getTime()));
  return rows.sort((a, b) => firstDue(a) - firstDue(b));
}

/** The latest "still true" of a document the reader may read. */
export async function lastVerification(doc: TReadable<{ id: string }>) {
  const [row] = await readRows<{ version: number; verifiedAt: Date; note: string; verifiedBy: string }>(Prisma.sql`
    SELECT v.version, v."verifiedAt", v.note, u.name AS "verifiedBy" FROM "Verification" v JOIN "User" u ON u.id = v."verifiedById"
    WHERE v."documentId" = ${doc.id} ORDER BY v."verifiedAt" DESC LIMIT 1`);
  return row ? { ...row, verifiedBy: { name: row.verifiedBy } } : null;
}
