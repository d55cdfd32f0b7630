import 'server-only';
import { db } from '@/lib/db/client';
import { derivedColumns } from '@/lib/documents/derived-columns';

/** Fills completeness for documents saved before it existed, or before its rules changed. */
export async function refreshMissingCompleteness(): Promise<number> {
  let total = 0;
  for (;;) {
    const docs = await db.document.findMany({
      where: { completeness: null },
      select: { id: true, kind: true, body: true, fields: true, ownerId: true },
      take: 500,
    });
    for (const d of docs) {
      await db.document.update({ where: { id: d.id }, data: derivedColumns(d), select: { id: true } });
    }
    total += docs.length;
    if (docs.length < 500) return total;
  }
}
