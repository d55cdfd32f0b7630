import 'server-only';
// Removing a file from a page, audited in the same transaction. The page's text is left as the
// writer wrote it: the list on the page warns when the text still shows the file.
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';
import type { TLoadedAttachment } from '@/lib/policies/loaders';
import { objectStore } from './storage';

export async function deleteAttachment(user: { id: string }, attachment: TLoadedAttachment): Promise<{ deleted: string }> {
  const storedIn = await db.$transaction(async (tx) => {
    const row = await tx.attachment.findUnique({ where: { id: attachment.id }, select: { storedIn: true } });
    const gone = await tx.attachment.deleteMany({ where: { id: attachment.id } });
    if (!row || gone.count === 0) throw new NotFound('There is no such attachment.');
    const doc = await tx.document.findUniqueOrThrow({ where: { id: attachment.documentId }, select: { title: true } });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'attachment.delete',
      targetType: 'document',
      targetId: attachment.documentId,
      summary: `Removed an attachment from “${doc.title}”`,
    });
    return row.storedIn;
  });
  // The object goes once its row has; a failure here leaves an object nobody can reach, logged.
  if (storedIn === 's3') {
    await objectStore()
      ?.remove(attachment.id)
      .catch((err: unknown) => logger.error({ err, attachment: attachment.id }, 'attachment: the stored object could not be removed'));
  }
  return { deleted: attachment.id };
}
