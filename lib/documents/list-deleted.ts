import 'server-only';
import { db } from '@/lib/db/client';
import { can, type TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';
import { projectFactsSelect, projectScope } from '@/lib/policies/project-scope';

/** Deleted documents the actor could restore (scoped in SQL, then by the restore policy). */
export async function listDeleted(actor: TActor) {
  const docs = await db.document.findMany({
    where: { deletedAt: { not: null }, ...visibleDocuments(actor) },
    orderBy: { deletedAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      kind: true,
      deletedAt: true,
      ownerId: true,
      project: { select: { slug: true, name: true, ...projectFactsSelect(actor.id) } },
    },
  });
  return docs
    .filter((d) =>
      can(actor, 'restore', {
        project: projectScope(d.project),
        ownerId: d.ownerId,
      }),
    )
    .map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      deletedAt: d.deletedAt!,
      project: d.project ? { slug: d.project.slug, name: d.project.name } : null,
    }));
}
