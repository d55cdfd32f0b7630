import 'server-only';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';

export async function getProject(slug: string) {
  const project = await db.project.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true, updatedAt: true },
  });
  if (!project) throw new NotFound('There is no project at this address.');
  return project;
}
