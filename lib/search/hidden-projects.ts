import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';

/**
 * The restricted projects `actor` is not a member of, read from PostgreSQL for each search: an
 * engine that filters by them hides a project the moment it becomes restricted, whatever its
 * index still says about it.
 */
export async function hiddenProjectIds(actor: TActor): Promise<string[]> {
  if (actor.role === 'admin') return [];
  const rows = await db.project.findMany({ where: { visibility: 'restricted', members: { none: { userId: actor.id } } }, select: { id: true } });
  return rows.map((p) => p.id);
}
