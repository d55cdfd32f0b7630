import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from './can';
import { documentFilter, documentSql, projectFilter, projectSql } from './read-rule-queries';

// List and lookup queries are scoped in SQL to what the user may read (never filtered after the
// fact). These are the read rule's database forms (read-rule-queries.ts) under the names the
// queries use.

/** Prisma filter for documents the actor may read. */
export const visibleDocuments = (actor: TActor): Prisma.DocumentWhereInput => documentFilter(actor);

/** Prisma filter for projects the actor may read. */
export const visibleProjects = (actor: TActor): Prisma.ProjectWhereInput => projectFilter(actor);

/** The projects the actor may read, in raw SQL over the project's alias. */
export const visibleProjectsSql = (actor: TActor, project = 'p'): Prisma.Sql => projectSql(actor, project);

/** The same rule for raw SQL, given the aliases of the document and its (left-joined) project. */
export function visibleSql(actor: TActor, doc = 'd', project = 'p'): Prisma.Sql {
  return documentSql(actor, {
    projectId: Prisma.raw(`"${doc}"."projectId"`),
    visibility: Prisma.raw(`"${project}".visibility`),
    status: Prisma.raw(`"${doc}".status`),
    ownerId: Prisma.raw(`"${doc}"."ownerId"`),
  });
}
