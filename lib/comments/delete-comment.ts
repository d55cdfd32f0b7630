import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedComment } from '@/lib/policies/loaders';

/**
 * Removes a comment's words; its place in the thread stays ("deleted") so replies still read in
 * order. A comment removed by someone other than its author (a project owner, an admin) is
 * recorded in the audit log.
 */
export async function deleteComment(actor: TActor, comment: TLoadedComment) {
  return db.$transaction(async (tx) => {
    await tx.comment.updateMany({ where: { id: comment.id, deletedAt: null }, data: { body: '', html: '', deletedAt: new Date() } });
    if (comment.scope.ownerId !== actor.id) {
      await recordEvent(tx, {
        actorId: actor.id,
        action: 'comment.delete',
        targetType: 'document',
        targetId: comment.documentId,
        summary: `Deleted another person’s comment (${comment.id})`,
      });
    }
    return { id: comment.id };
  });
}
