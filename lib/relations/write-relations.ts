import 'server-only';
import type { TTransaction } from '@/lib/db/client';
import type { TRelationRow } from './relation-types';

const MAX_RELATIONS = 500;

/** Replaces a page's relations with those of the version being saved (in its transaction). */
export async function writeRelations(tx: TTransaction, sourceId: string, rows: TRelationRow[]) {
  await tx.relation.deleteMany({ where: { sourceId } });
  if (rows.length === 0) return;
  await tx.relation.createMany({ data: rows.slice(0, MAX_RELATIONS).map((r) => ({ sourceId, ...r })), skipDuplicates: true });
}
