import 'server-only';
import type { TActor, TScope } from '@/lib/policies/can';
import { canRead } from '@/lib/policies/can';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';

const projectFacts = (actorId: string) =>
  ({ visibility: true, members: { where: { userId: actorId }, select: { role: true }, take: 1 } }) as const;

type TProjectRow = { visibility: 'internal' | 'restricted'; members: { role: 'owner' | 'editor' | 'viewer' }[] };
const toScope = (project: TProjectRow | null, ownerId?: string): TScope => ({
  project: project ? { visibility: project.visibility, membership: project.members[0]?.role ?? null } : null,
  ownerId,
});

/**
 * The policy facts for a document. A document the actor may not read is reported as missing
 * (404), never as forbidden, so its existence is not confirmed.
 */
export async function loadDocumentScope(actor: TActor, id: string, options: { deleted?: boolean } = {}): Promise<TScope> {
  const doc = await db.document.findFirst({
    where: { id, deletedAt: options.deleted ? { not: null } : null },
    select: { ownerId: true, project: { select: projectFacts(actor.id) } },
  });
  const scope = doc ? toScope(doc.project, doc.ownerId) : null;
  if (!scope || !canRead(actor, scope)) throw new NotFound('This document does not exist or was deleted.');
  return scope;
}

/** The policy facts for writing into a project (or team-wide, for null). */
export async function loadProjectScope(actor: TActor, projectSlug: string | null): Promise<TScope> {
  if (!projectSlug) return { project: null };
  const project = await db.project.findUnique({ where: { slug: projectSlug }, select: projectFacts(actor.id) });
  const scope = project ? toScope(project) : null;
  if (!scope || !canRead(actor, scope)) {
    throw new Invalid(`There is no project "${projectSlug}".`, { projectSlug: 'Unknown project' });
  }
  return scope;
}
