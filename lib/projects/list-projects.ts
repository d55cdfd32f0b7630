import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import { visibleProjects } from '@/lib/policies/visible-to';

export type TProjectSummary = {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: 'internal' | 'restricted';
  documents: number;
};

export async function listProjects(actor: TActor): Promise<TProjectSummary[]> {
  const projects = await db.project.findMany({
    where: visibleProjects(actor),
    orderBy: { name: 'asc' },
    take: 500,
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      visibility: true,
      _count: { select: { documents: { where: { deletedAt: null } } } },
    },
  });
  return projects.map(({ _count, ...p }) => ({ ...p, documents: _count.documents }));
}
