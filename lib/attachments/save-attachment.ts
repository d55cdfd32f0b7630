import 'server-only';
// Attaching a file to a page: its type read from the bytes, its size and the page's count of
// attachments checked, stored with its SHA-256, audited, in one transaction that holds the page's
// row so two uploads at once cannot pass the count together.
import { createHash } from 'node:crypto';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { ATTACHMENT_LIMITS, attachmentMarkdown, attachmentUrl, cleanName, TYPES_IN_WORDS } from './limits';
import { sniffType } from './sniff-type';

export type TSavedAttachment = { id: string; name: string; mime: string; size: number; url: string; markdown: string };

export async function saveAttachment(user: { id: string }, doc: TLoadedDocument, file: File): Promise<TSavedAttachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new Invalid('The file is empty.', { file: 'Empty file' });
  if (bytes.length > ATTACHMENT_LIMITS.bytes)
    throw new Invalid(`Files can be at most ${ATTACHMENT_LIMITS.bytes / 1024 / 1024} MB.`, { file: 'Too large' });
  const mime = await sniffType(bytes);
  if (!mime) throw new Invalid(`This kind of file cannot be attached. Attach ${TYPES_IN_WORDS}.`, { file: 'Unsupported type' });
  const name = cleanName(file.name);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Document" WHERE id = ${doc.id} FOR UPDATE`;
    const count = await tx.attachment.count({ where: { documentId: doc.id } });
    if (count >= ATTACHMENT_LIMITS.perDocument)
      throw new Invalid(`A page can hold at most ${ATTACHMENT_LIMITS.perDocument} attachments.`, { file: 'Too many attachments' });
    const row = await tx.attachment.create({
      data: {
        documentId: doc.id,
        name,
        mime,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        data: bytes,
        uploadedById: user.id,
      },
      select: { id: true, name: true, mime: true, size: true },
    });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'attachment.add',
      targetType: 'document',
      targetId: doc.id,
      summary: `Attached “${name}” (${mime}, ${bytes.length} bytes) to “${doc.title}”`,
    });
    const url = attachmentUrl(row.id);
    return { ...row, url, markdown: attachmentMarkdown({ ...row, url }) };
  });
}
