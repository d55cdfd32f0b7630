import 'server-only';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TActor } from '@/lib/policies/can';
import { visibleProjects } from '@/lib/policies/visible-to';
import { projectFactsSelect, projectScope } from '@/lib/policies/project-scope';

/** A project the actor may read; a restricted project they are not in is reported missing. */
export async function getProject(actor: TActor, slug: string) {
  const project = await db.project.findFirst({
    where: { slug, ...visibleProjects(actor) },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      updatedAt: true,
      ...projectFactsSelect(actor.id),
    },
  });
  if (!project) throw new NotFound('There is no project at this address.');
  const { id, name, description, updatedAt, visibility } = project;
  return { id, slug: project.slug, name, description, updatedAt, visibility, scope: { project: projectScope(project) } };
}
