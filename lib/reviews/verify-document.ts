import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { enqueueIndexing } from '@/lib/search/outbox';
import { queueWebhookEvents } from '@/lib/webhooks/queue-events';
import { defaultReviewBy } from './review-policy';

/**
 * Records "still true as of version N" and schedules the next review. Kept apart from editing:
 * saving a version never counts as a review, and verifying never creates a version.
 */
export async function verifyDocument(actor: { id: string }, loaded: TLoadedDocument, note: string) {
  return db.$transaction(async (tx) => {
    // Read again inside the transaction: the version vouched for is the one current now.
    const doc = await tx.document.findFirst({
      where: { id: loaded.id, deletedAt: null },
      select: { id: true, kind: true, version: true, title: true, slug: true, project: { select: { id: true, slug: true } } },
    });
    if (!doc) throw new NotFound('This document does not exist or was deleted.');
    const now = new Date();
    const reviewBy = defaultReviewBy(doc.kind, now);
    await tx.verification.create({ data: { documentId: doc.id, version: doc.version, verifiedById: actor.id, verifiedAt: now, note } });
    await tx.document.update({ where: { id: doc.id }, data: { reviewBy }, select: { id: true } });
    await enqueueIndexing(tx, [doc.id]); // search filters by "needs review"
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'document.verify',
      targetType: 'document',
      targetId: doc.id,
      summary: `Verified “${doc.title}” as still true at version ${doc.version}${note ? `: ${note}` : ''}`,
    });
    const change = { verifiedVersion: doc.version, note, nextReview: reviewBy.toISOString().slice(0, 10) };
    await queueWebhookEvents(tx, doc, [{ type: 'document.verified', change }]);
    return { id: doc.id, version: doc.version, reviewBy: reviewBy.toISOString() };
  });
}
