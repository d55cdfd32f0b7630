import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from './can';

// List and lookup queries are scoped in SQL to what the user may read (never filtered after
// the fact): team-wide documents, internal projects, and restricted projects they belong to.

/** Prisma filter for documents the actor may read. */
export function visibleDocuments(actor: TActor): Prisma.DocumentWhereInput {
  if (actor.role === 'admin') return {};
  return {
    OR: [
      { projectId: null },
      { project: { visibility: 'internal' } },
      { project: { members: { some: { userId: actor.id } } } },
    ],
  };
}

/** Prisma filter for projects the actor may read. */
export function visibleProjects(actor: TActor): Prisma.ProjectWhereInput {
  if (actor.role === 'admin') return {};
  return { OR: [{ visibility: 'internal' }, { members: { some: { userId: actor.id } } }] };
}

/** The same rule for raw SQL, given the aliases of the document and its (left-joined) project. */
export function visibleSql(actor: TActor, doc = 'd', project = 'p'): Prisma.Sql {
  if (actor.role === 'admin') return Prisma.sql`TRUE`;
  const d = Prisma.raw(`"${doc}"`);
  const p = Prisma.raw(`"${project}"`);
  return Prisma.sql`(${d}."projectId" IS NULL OR ${p}.visibility = 'internal' OR EXISTS (
    SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = ${d}."projectId" AND m."userId" = ${actor.id}))`;
}
