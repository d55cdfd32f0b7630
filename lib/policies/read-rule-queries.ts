import 'server-only';
// The read rule (read-rule.ts) compiled for the database: Prisma filters, SQL, and its inverse
// (the projects a reader may not read) for search indexes. Each form is built from the clauses
// that hold for the reader (clausesFor: all of them, or membership alone for a service token).
import { Prisma } from '@/lib/generated/prisma/client';
import { clausesFor, readsAll, type TClause, type TReader } from './read-rule';

/** The rule as a Prisma filter on documents. */
export function documentFilter(reader: TReader): Prisma.DocumentWhereInput {
  if (readsAll(reader)) return {};
  const clause: Record<TClause, Prisma.DocumentWhereInput> = {
    'team-wide': { projectId: null },
    'internal-project': { project: { visibility: 'internal' } },
    member: { project: { members: { some: { userId: reader.id } } } },
  };
  // A draft: its owner, or whoever writes where it lives (writesIn).
  const writes: Prisma.DocumentWhereInput[] = [
    { project: { members: { some: { userId: reader.id, role: { in: ['owner', 'editor'] } } } } },
  ];
  if (reader.role === 'editor') writes.push({ projectId: null }, { project: { visibility: 'internal' } });
  return {
    AND: [{ OR: clausesFor(reader).map((c) => clause[c]) }, { OR: [{ status: 'published' }, { ownerId: reader.id }, ...writes] }],
  };
}

// The clauses about a document's project: what decides whether a project's pages are readable.
type TProjectClause = Exclude<TClause, 'team-wide'>;
const projectClausesFor = (reader: TReader) => clausesFor(reader).filter((c): c is TProjectClause => c !== 'team-wide');

/** The project clauses alone, as a Prisma filter on projects: the projects whose pages one reads. */
export function projectFilter(reader: TReader): Prisma.ProjectWhereInput {
  if (readsAll(reader)) return {};
  const clause: Record<TProjectClause, Prisma.ProjectWhereInput> = {
    'internal-project': { visibility: 'internal' },
    member: { members: { some: { userId: reader.id } } },
  };
  return { OR: projectClausesFor(reader).map((c) => clause[c]) };
}

/** The project clauses in SQL, over a project's id and visibility (SQL expressions). */
function projectClausesSql(reader: TReader, col: { projectId: Prisma.Sql; visibility: Prisma.Sql }): Record<TProjectClause, Prisma.Sql> {
  return {
    'internal-project': Prisma.sql`${col.visibility} = 'internal'`,
    member: Prisma.sql`EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = ${col.projectId} AND m."userId" = ${reader.id})`,
  };
}

/** The project clauses alone in SQL, over a project's table alias: for reads that skip Prisma. */
export function projectSql(reader: TReader, project = 'p'): Prisma.Sql {
  if (readsAll(reader)) return Prisma.sql`TRUE`;
  const clause = projectClausesSql(reader, { projectId: Prisma.raw(`"${project}".id`), visibility: Prisma.raw(`"${project}".visibility`) });
  const clauses = projectClausesFor(reader);
  return clauses.length
    ? Prisma.sql`(${Prisma.join(
        clauses.map((c) => clause[c]),
        ' OR ',
      )})`
    : Prisma.sql`FALSE`;
}

/** The columns documentSql reads, as SQL expressions over a document and its (left-joined) project. */
type TDocumentColumns = { projectId: Prisma.Sql; visibility: Prisma.Sql; status: Prisma.Sql; ownerId: Prisma.Sql };

/** The rule in SQL, over a document's columns (SQL expressions). */
export function documentSql(reader: TReader, col: TDocumentColumns): Prisma.Sql {
  if (readsAll(reader)) return Prisma.sql`TRUE`;
  const clause: Record<TClause, Prisma.Sql> = { 'team-wide': Prisma.sql`${col.projectId} IS NULL`, ...projectClausesSql(reader, col) };
  const writer = Prisma.sql`EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = ${col.projectId} AND m."userId" = ${reader.id} AND m.role IN ('owner', 'editor'))`;
  const writes = reader.role === 'editor' ? Prisma.sql`(${col.projectId} IS NULL OR ${col.visibility} = 'internal' OR ${writer})` : writer;
  return Prisma.sql`((${Prisma.join(
    clausesFor(reader).map((c) => clause[c]),
    ' OR ',
  )}) AND (${col.status} = 'published' OR ${col.ownerId} = ${reader.id} OR ${writes}))`;
}

/**
 * The drafts the reader may not read, as SQL (evaluated once per statement, from live tables):
 * search indexes hide these records whatever status they last indexed.
 */
export function hiddenDraftsSql(reader: TReader): Prisma.Sql {
  if (readsAll(reader)) return Prisma.sql`ARRAY[]::text[]`;
  const rule = documentSql(reader, {
    projectId: Prisma.sql`hd."projectId"`,
    visibility: Prisma.sql`hdp.visibility`,
    status: Prisma.sql`hd.status`,
    ownerId: Prisma.sql`hd."ownerId"`,
  });
  return Prisma.sql`ARRAY(SELECT hd.id FROM "Document" hd LEFT JOIN "Project" hdp ON hdp.id = hd."projectId" WHERE hd.status = 'draft' AND hd."deletedAt" IS NULL AND NOT ${rule})`;
}

/** … and as a Prisma filter on documents, for engines that are given the list (Meilisearch). */
export function hiddenDraftsFilter(reader: TReader): Prisma.DocumentWhereInput | null {
  return readsAll(reader) ? null : { status: 'draft', deletedAt: null, NOT: documentFilter(reader) };
}

/**
 * The same rule turned around, for search indexes that hold a project id per record: a record
 * is hidden exactly when it has a project and that project is one of these, the projects that
 * fail every project clause. As SQL (evaluated once per statement, from live tables) …
 */
export function hiddenProjectsSql(reader: TReader): Prisma.Sql {
  if (readsAll(reader)) return Prisma.sql`ARRAY[]::text[]`;
  return Prisma.sql`ARRAY(SELECT hp.id FROM "Project" hp WHERE NOT ${projectSqlFor(reader, Prisma.sql`hp`)})`;
}

/** … and as a Prisma filter on projects, for engines that are given the list (Meilisearch). */
export function hiddenProjectsFilter(reader: TReader): Prisma.ProjectWhereInput | null {
  return readsAll(reader) ? null : { NOT: projectFilter(reader) };
}

function projectSqlFor(reader: TReader, p: Prisma.Sql): Prisma.Sql {
  const clause: Record<TProjectClause, Prisma.Sql> = {
    'internal-project': Prisma.sql`${p}.visibility = 'internal'`,
    member: Prisma.sql`EXISTS (SELECT 1 FROM "ProjectMember" m WHERE m."projectId" = ${p}.id AND m."userId" = ${reader.id})`,
  };
  return Prisma.sql`(${Prisma.join(
    projectClausesFor(reader).map((c) => clause[c]),
    ' OR ',
  )})`;
}
