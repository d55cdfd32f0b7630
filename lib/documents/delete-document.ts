import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { enqueueIndexing } from '@/lib/search/outbox';
import { queueWebhookEvents } from '@/lib/webhooks/queue-events';
import { documentPath } from './paths';

/** Moves a document to "Deleted documents": hidden everywhere, all revisions kept, restorable. */
export async function deleteDocument(actor: { id: string }, doc: TLoadedDocument) {
  await setDeleted(actor, doc, true);
  return { id: doc.id };
}

/** Brings a document back from "Deleted documents" (load it with `{ deleted: true }`). */
export async function restoreDocument(actor: { id: string }, doc: TLoadedDocument) {
  await setDeleted(actor, doc, false);
  return { id: doc.id, path: documentPath(doc.project?.slug, doc.slug) };
}

/** Flips deletedAt only from the expected state, then queues the index and records the change. */
async function setDeleted(actor: { id: string }, doc: TLoadedDocument, deleted: boolean) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({
      where: { id: doc.id, deletedAt: deleted ? null : { not: null } },
      data: { deletedAt: deleted ? new Date() : null },
    });
    if (count === 0) throw new NotFound(deleted ? 'This document was already deleted.' : 'This document is not in Deleted documents.');
    await enqueueIndexing(tx, [doc.id]);
    await recordEvent(tx, {
      actorId: actor.id,
      action: deleted ? 'document.delete' : 'document.restore',
      targetType: 'document',
      targetId: doc.id,
      summary: `${deleted ? 'Deleted' : 'Restored'} “${doc.title}”`,
    });
    await queueWebhookEvents(tx, doc, [{ type: deleted ? 'document.deleted' : 'document.restored', change: {} }]);
  });
}
