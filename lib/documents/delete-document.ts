import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import { enqueueIndexing } from '@/lib/search/outbox';

/** Moves a document to "Deleted documents": hidden everywhere, all revisions kept, restorable. */
export async function deleteDocument(actor: { id: string }, id: string) {
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id, deletedAt: null }, select: { id: true, title: true } });
    if (!doc) throw new NotFound('This document does not exist or was already deleted.');
    await tx.document.update({ where: { id }, data: { deletedAt: new Date() }, select: { id: true } });
    await enqueueIndexing(tx, [id]);
    await recordEvent(tx, { actorId: actor.id, action: 'document.delete', targetType: 'document', targetId: id, summary: `Deleted “${doc.title}”` });
    return { id };
  });
}

export async function restoreDocument(actor: { id: string }, id: string) {
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id, deletedAt: { not: null } },
      select: { id: true, title: true, slug: true, project: { select: { slug: true } } },
    });
    if (!doc) throw new NotFound('This document is not in Deleted documents.');
    await tx.document.update({ where: { id }, data: { deletedAt: null }, select: { id: true } });
    await enqueueIndexing(tx, [id]);
    await recordEvent(tx, { actorId: actor.id, action: 'document.restore', targetType: 'document', targetId: id, summary: `Restored “${doc.title}”` });
    return { id, path: `/w/${doc.project?.slug ?? '_'}/${doc.slug}` };
  });
}
