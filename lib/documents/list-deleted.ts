import 'server-only';
import { db } from '@/lib/db/client';
import { can, type TActor } from '@/lib/policies/can';
import { visibleDocuments } from '@/lib/policies/visible-to';

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
      project: { select: { slug: true, name: true, visibility: true, members: { where: { userId: actor.id }, select: { role: true } } } },
    },
  });
  return docs
    .filter((d) =>
      can(actor, 'restore', {
        project: d.project ? { visibility: d.project.visibility, membership: d.project.members[0]?.role ?? null } : null,
        ownerId: d.ownerId,
      }),
    )
    .map((d) => ({ id: d.id, title: d.title, kind: d.kind, deletedAt: d.deletedAt!, project: d.project ? { slug: d.project.slug, name: d.project.name } : null }));
}
