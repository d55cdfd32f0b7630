import 'server-only';
import { db } from '@/lib/db/client';

export type TProjectSummary = { id: string; slug: string; name: string; description: string; documents: number };

export async function listProjects(): Promise<TProjectSummary[]> {
  const projects = await db.project.findMany({
    orderBy: { name: 'asc' },
    take: 500,
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      _count: { select: { documents: { where: { deletedAt: null } } } },
    },
  });
  return projects.map(({ _count, ...p }) => ({ ...p, documents: _count.documents }));
}
