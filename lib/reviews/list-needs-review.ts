import 'server-only';
import { db } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';

/** Documents whose review date has passed, most overdue first, scoped to what the actor reads. */
export async function listNeedsReview(actor: TActor, now = new Date()) {
  const docs = await db.document.findMany({
    where: { deletedAt: null, reviewBy: { lt: now }, ...visibleDocuments(actor) },
    orderBy: { reviewBy: 'asc' },
    take: 500,
    select: {
      id: true,
      kind: true,
      slug: true,
      title: true,
      reviewBy: true,
      owner: { select: { name: true } },
      project: { select: { slug: true, name: true } },
      verifications: { orderBy: { verifiedAt: 'desc' }, take: 1, select: { verifiedAt: true } },
    },
  });
  return docs.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    path: documentPath(d.project?.slug, d.slug),
    project: d.project,
    owner: d.owner.name,
    reviewBy: d.reviewBy!,
    lastVerified: d.verifications[0]?.verifiedAt ?? null,
  }));
}

export async function lastVerification(documentId: string) {
  return db.verification.findFirst({
    where: { documentId },
    orderBy: { verifiedAt: 'desc' },
    select: { version: true, verifiedAt: true, note: true, verifiedBy: { select: { name: true } } },
  });
}
