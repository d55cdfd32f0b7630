import 'server-only';
import { db } from '@/lib/db/client';
import { KINDS, type TKind } from '@/lib/kinds/kinds';
import { documentPath, NO_PROJECT } from '@/lib/documents/paths';
import type { TActor } from '@/lib/policies/can';
import { visibleDocuments, visibleProjects } from '@/lib/policies/visible-to';

// What the sidebar lists: the projects the reader may read, and for the project the reader is in
// (or the documents outside any project), its documents grouped by kind. Only the current
// project's documents are loaded, and at most PER_KIND of each kind, so the sidebar stays small
// on a wiki of thousands of pages.

export const PER_KIND = 12;
const MAX_PROJECTS = 200;

type TSidebarDoc = { title: string; path: string; draft: boolean };
export type TSidebarGroup = { kind: TKind; docs: TSidebarDoc[]; total: number };
export type TSidebarTree = {
  projects: { slug: string; name: string; restricted: boolean }[];
  /** The project (or NO_PROJECT) the reader is in, with its documents by kind. */
  current: { space: string; groups: TSidebarGroup[] } | null;
};

export async function sidebarTree(actor: TActor, space: string | null): Promise<TSidebarTree> {
  const [projects, current] = await Promise.all([
    db.project.findMany({
      where: visibleProjects(actor),
      orderBy: { name: 'asc' },
      take: MAX_PROJECTS,
      select: { slug: true, name: true, visibility: true },
    }),
    space ? groupsOf(actor, space) : null,
  ]);
  return {
    projects: projects.map((p) => ({ slug: p.slug, name: p.name, restricted: p.visibility === 'restricted' })),
    current: current && { space: space ?? NO_PROJECT, groups: current },
  };
}

async function groupsOf(actor: TActor, space: string): Promise<TSidebarGroup[] | null> {
  const where = {
    deletedAt: null,
    ...visibleDocuments(actor),
    ...(space === NO_PROJECT ? { projectId: null } : { project: { slug: space } }),
  };
  const counts = await db.document.groupBy({ by: ['kind'], where, _count: { _all: true } });
  if (counts.length === 0) return null;
  const groups = await Promise.all(
    KINDS.filter((kind) => counts.some((c) => c.kind === kind)).map(async (kind) => {
      const docs = await db.document.findMany({
        where: { ...where, kind },
        orderBy: { title: 'asc' },
        take: PER_KIND,
        select: { title: true, slug: true, status: true },
      });
      return {
        kind,
        total: counts.find((c) => c.kind === kind)?._count._all ?? docs.length,
        docs: docs.map((d) => ({
          title: d.title,
          path: documentPath(space === NO_PROJECT ? null : space, d.slug),
          draft: d.status === 'draft',
        })),
      };
    }),
  );
  return groups;
}
