import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import { hiddenDraftsFilter, hiddenProjectsFilter } from '@/lib/policies/read-rule-queries';

/**
 * The restricted projects `actor` is not a member of, read from PostgreSQL for each search: an
 * engine that filters by them hides a project the moment it becomes restricted, whatever its
 * index still says about it.
 */
async function hiddenProjectIds(actor: TActor): Promise<string[]> {
  const where = hiddenProjectsFilter(actor);
  if (!where) return [];
  return (await db.project.findMany({ where, select: { id: true } })).map((p) => p.id);
}

/** What a search must hide from `actor`: the projects above, and the drafts they may not read. */
export type THidden = { projects: string[]; drafts: string[] };

export async function hiddenFrom(actor: TActor): Promise<THidden> {
  const drafts = hiddenDraftsFilter(actor);
  const [projects, draftRows] = await Promise.all([
    hiddenProjectIds(actor),
    drafts ? db.document.findMany({ where: drafts, select: { id: true } }) : [],
  ]);
  return { projects, drafts: draftRows.map((d) => d.id) };
}
