import 'server-only';
import { db } from '@/lib/db/client';
import { completeness } from './rules';

/** The stored completeness columns for a document's current content. */
export function completenessColumns(doc: Parameters<typeof completeness>[0]) {
  const c = completeness(doc);
  return { completeness: c.score, ethicsCovered: c.ethicsCovered, missingItems: c.checks.filter((x) => !x.done).map((x) => x.id) };
}

/** Fills completeness for documents saved before it existed (or by bulk loads). */
export async function refreshMissingCompleteness(): Promise<number> {
  const docs = await db.document.findMany({
    where: { completeness: null },
    select: { id: true, kind: true, body: true, fields: true, ownerId: true },
    take: 5000,
  });
  for (const d of docs) {
    await db.document.update({ where: { id: d.id }, data: completenessColumns(d), select: { id: true } });
  }
  return docs.length;
}
