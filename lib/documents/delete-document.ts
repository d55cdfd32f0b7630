import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { enqueueIndexing } from '@/lib/search/outbox';
import { documentPath } from './paths';

/** Moves a document to "Deleted documents": hidden everywhere, all revisions kept, restorable. */
export async function deleteDocument(actor: { id: string }, doc: TLoadedDocument) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({ where: { id: doc.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw new NotFound('This document was already deleted.');
    await enqueueIndexing(tx, [doc.id]);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'document.delete',
      targetType: 'document',
      targetId: doc.id,
      summary: `Deleted “${doc.title}”`,
    });
    return { id: doc.id };
  });
}

/** Brings a document back from "Deleted documents" (load it with `{ deleted: true }`). */
export async function restoreDocument(actor: { id: string }, doc: TLoadedDocument) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({ where: { id: doc.id, deletedAt: { not: null } }, data: { deletedAt: null } });
    if (count === 0) throw new NotFound('This document is not in Deleted documents.');
    await enqueueIndexing(tx, [doc.id]);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'document.restore',
      targetType: 'document',
      targetId: doc.id,
      summary: `Restored “${doc.title}”`,
    });
    return { id: doc.id, path: documentPath(doc.project?.slug, doc.slug) };
  });
}
