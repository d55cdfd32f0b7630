import 'server-only';
import type { TActor, TScope } from '@/lib/policies/can';
import { canRead } from '@/lib/policies/can';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';
import { projectFactsSelect, projectScope } from '@/lib/policies/project-scope';


/**
 * The policy facts for a document. A document the actor may not read is reported as missing
 * (404), never as forbidden, so its existence is not confirmed.
 */
export async function loadDocumentScope(actor: TActor, id: string, options: { deleted?: boolean } = {}): Promise<TScope> {
  const doc = await db.document.findFirst({
    where: { id, deletedAt: options.deleted ? { not: null } : null },
    select: { ownerId: true, project: { select: projectFactsSelect(actor.id) } },
  });
  const scope: TScope | null = doc ? { project: projectScope(doc.project), ownerId: doc.ownerId } : null;
  if (!scope || !canRead(actor, scope)) throw new NotFound('This document does not exist or was deleted.');
  return scope;
}

/** The policy facts for writing into a project (or team-wide, for null). */
export async function loadProjectScope(actor: TActor, projectSlug: string | null): Promise<TScope> {
  if (!projectSlug) return { project: null };
  const project = await db.project.findUnique({ where: { slug: projectSlug }, select: projectFactsSelect(actor.id) });
  const scope: TScope | null = project ? { project: projectScope(project) } : null;
  if (!scope || !canRead(actor, scope)) {
    throw new Invalid(`There is no project "${projectSlug}".`, { projectSlug: 'Unknown project' });
  }
  return scope;
}
