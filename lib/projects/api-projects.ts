import 'server-only';
// Projects as /api/v1 returns them: what the reader may read, nothing about the rest.
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedProject } from '@/lib/policies/loaders';
import { projectFilter } from '@/lib/policies/read-rule-queries';

const select = { slug: true, name: true, description: true, visibility: true, updatedAt: true } as const;
const shape = (p: { slug: string; name: string; description: string; visibility: string; updatedAt: Date }) => ({
  ...p,
  url: `/projects/${p.slug}`,
});

export async function listApiProjects(actor: TActor) {
  const projects = await db.project.findMany({ where: projectFilter(actor), orderBy: { slug: 'asc' }, take: 1000, select });
  return { items: projects.map(shape) };
}

export async function getApiProject(project: TLoadedProject) {
  const row = await db.project.findUniqueOrThrow({ where: { id: project.id }, select });
  const documents = await db.document.count({ where: { projectId: project.id, deletedAt: null } });
  return { ...shape(row), documentCount: documents };
}
