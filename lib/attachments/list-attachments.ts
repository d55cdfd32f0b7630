import 'server-only';
// A page's attachments, newest first, for the list on its page: what each is and who added it.
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
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
  const rows = await readRows<Omit<TAttachmentRow, 'url'>>(Prisma.sql`
    SELECT a.id, a.name, a.mime, a.size, a."createdAt", u.name AS "uploadedBy" FROM "Attachment" a LEFT JOIN "User" u ON u.id = a."uploadedById"
    WHERE a."documentId" = ${doc.id} ORDER BY a."createdAt" DESC LIMIT ${ATTACHMENT_LIMITS.perDocument}`);
  return rows.map((a) => ({ ...a, url: attachmentUrl(a.id) }));
}

/** The attachments of some pages, without their bytes, oldest first (the order an export names them in). */
export function attachmentsOf(documentIds: string[]) {
  return db.attachment.findMany({
    where: { documentId: { in: documentIds } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, documentId: true, name: true, sha256: true },
  });
}
