import 'server-only';
import { db } from '@/lib/db/client';
import { NotFound } from '@/lib/errors';
import type { TActor } from '@/lib/policies/can';
import { visibleProjects } from '@/lib/policies/visible-to';

/** A project the actor may read; a restricted project they are not in is reported missing. */
export async function getProject(actor: TActor, slug: string) {
  const project = await db.project.findFirst({
    where: { slug, ...visibleProjects(actor) },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      visibility: true,
      updatedAt: true,
      members: { where: { userId: actor.id }, select: { role: true } },
    },
  });
  if (!project) throw new NotFound('There is no project at this address.');
  const { members, ...rest } = project;
  return { ...rest, scope: { project: { visibility: project.visibility, membership: members[0]?.role ?? null } } };
}
