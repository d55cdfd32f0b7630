import 'server-only';
// Removing a file from a page, audited in the same transaction. The page's text is left as the
// writer wrote it: the list on the page warns when the text still shows the file.
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TLoadedAttachment } from '@/lib/policies/loaders';

export async function deleteAttachment(user: { id: string }, attachment: TLoadedAttachment): Promise<{ deleted: string }> {
  return db.$transaction(async (tx) => {
    const gone = await tx.attachment.deleteMany({ where: { id: attachment.id } });
    if (gone.count === 0) throw new NotFound('There is no such attachment.');
    const doc = await tx.document.findUniqueOrThrow({ where: { id: attachment.documentId }, select: { title: true } });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'attachment.delete',
      targetType: 'document',
      targetId: attachment.documentId,
      summary: `Removed an attachment from “${doc.title}”`,
    });
    return { deleted: attachment.id };
  });
}
