import 'server-only';
// A page's attachments, newest first, for the list on its page: what each is and who added it.
import { db } from '@/lib/db/client';
import type { TReadable } from '@/lib/policies/readable';
import { ATTACHMENT_LIMITS, attachmentUrl } from './limits';

export type TAttachmentRow = {
  id: string;
  name: string;
  mime: string;
  size: number;
  url: string;
  createdAt: Date;
  uploadedBy: string | null;
};

export async function listAttachments(doc: TReadable<{ id: string }>): Promise<TAttachmentRow[]> {
  const rows = await db.attachment.findMany({
    where: { documentId: doc.id },
    orderBy: { createdAt: 'desc' },
    take: ATTACHMENT_LIMITS.perDocument,
    select: { id: true, name: true, mime: true, size: true, createdAt: true, uploadedBy: { select: { name: true } } },
  });
  return rows.map(({ uploadedBy, ...a }) => ({ ...a, url: attachmentUrl(a.id), uploadedBy: uploadedBy?.name ?? null }));
}

/** The attachments of some pages, without their bytes, oldest first (the order an export names them in). */
export function attachmentsOf(documentIds: string[]) {
  return db.attachment.findMany({
    where: { documentId: { in: documentIds } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, documentId: true, name: true, sha256: true },
  });
}
