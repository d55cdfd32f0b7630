import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import { hiddenProjectsFilter } from '@/lib/policies/read-rule-queries';

/**
 * The restricted projects `actor` is not a member of, read from PostgreSQL for each search: an
 * engine that filters by them hides a project the moment it becomes restricted, whatever its
 * index still says about it.
 */
export async function hiddenProjectIds(actor: TActor): Promise<string[]> {
  const where = hiddenProjectsFilter(actor);
  if (!where) return [];
  return (await db.project.findMany({ where, select: { id: true } })).map((p) => p.id);
}
