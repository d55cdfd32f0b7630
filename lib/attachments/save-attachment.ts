import 'server-only';
// Attaching files to a page: each file's type read from its bytes and its size checked
// (checkedFile), then stored with its SHA-256 within the page's cap (storeAttachments). The
// editor's upload and an import both come this way.
import { createHash, randomUUID } from 'node:crypto';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TLoadedDocument } from '@/lib/policies/loaders';
import { ATTACHMENT_LIMITS, attachmentMarkdown, attachmentUrl, cleanName, TYPES_IN_WORDS } from './limits';
import { sniffType } from './sniff-type';
import { objectStore } from './storage';

export type TSavedAttachment = { id: string; name: string; mime: string; size: number; url: string; markdown: string };
export type TCheckedFile = { id: string; name: string; mime: string; size: number; sha256: string; bytes: Uint8Array<ArrayBuffer> };

/** A file fit to attach, with the id it will be stored under; refused with a clear message otherwise. */
export async function checkedFile(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<TCheckedFile> {
  if (bytes.length === 0) throw new Invalid('The file is empty.', { file: 'Empty file' });
  if (bytes.length > ATTACHMENT_LIMITS.bytes)
    throw new Invalid(`Files can be at most ${ATTACHMENT_LIMITS.bytes / 1024 / 1024} MB.`, { file: 'Too large' });
  const mime = await sniffType(bytes);
  if (!mime) throw new Invalid(`This kind of file cannot be attached. Attach ${TYPES_IN_WORDS}.`, { file: 'Unsupported type' });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { id: randomUUID(), name: cleanName(name), mime, size: bytes.length, sha256, bytes };
}

/**
 * Stores checked files on a page within its cap: the bytes first (in the S3 store when there is
 * one), then the rows and `also` in one transaction that holds the page's row, so two uploads at
 * once cannot pass the cap together. Objects whose rows were not written are removed again.
 */
export async function storeAttachments<T>(
  documentId: string,
  files: TCheckedFile[],
  uploadedById: string | null,
  also: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const store = objectStore();
  if (store) await Promise.all(files.map((f) => store.put(f.id, f.bytes, f.mime)));
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Document" WHERE id = ${documentId} FOR UPDATE`;
      const count = await tx.attachment.count({ where: { documentId } });
      if (count + files.length > ATTACHMENT_LIMITS.perDocument)
        throw new Invalid(`A page can hold at most ${ATTACHMENT_LIMITS.perDocument} attachments.`, { file: 'Too many attachments' });
      await tx.attachment.createMany({
        data: files.map((f) => ({
          id: f.id,
          documentId,
          name: f.name,
          mime: f.mime,
          size: f.size,
          sha256: f.sha256,
          ...(store ? { storedIn: 's3' as const, data: null } : { data: f.bytes }),
          uploadedById,
        })),
      });
      return also(tx);
    });
  } catch (err) {
    if (store) await Promise.allSettled(files.map((f) => store.remove(f.id)));
    throw err;
  }
}

export async function saveAttachment(user: { id: string }, doc: TLoadedDocument, file: File): Promise<TSavedAttachment> {
  const checked = await checkedFile(new Uint8Array(await file.arrayBuffer()), file.name);
  return storeAttachments(doc.id, [checked], user.id, async (tx) => {
    await recordEvent(tx, {
      actorId: user.id,
      action: 'attachment.add',
      targetType: 'document',
      targetId: doc.id,
      summary: `Attached “${checked.name}” (${checked.mime}, ${checked.size} bytes) to “${doc.title}”`,
    });
    const { id, name, mime, size } = checked;
    const url = attachmentUrl(id);
    return { id, name, mime, size, url, markdown: attachmentMarkdown({ name, mime, url }) };
  });
}
