// Who may read a document, defined once. Every place that needs the rule — the pure policy here,
// the Prisma filters, raw SQL and both search engines (read-rule-queries.ts) — is compiled from
// READ_CLAUSES, and read-rule.test.ts runs one role × visibility × membership table against every
// form on a real database.
//
// The rule: an admin reads everything; anyone else reads a document when any clause holds (and,
// for a draft, when they own it or may write there: see writesIn). A confined reader (a project's service token) has one clause only: membership, and it is a member
// of its project alone.
import type { ProjectRole, ProjectVisibility } from '@/lib/generated/prisma/enums';

const READ_CLAUSES = [
  'team-wide', // the document belongs to no project
  'internal-project', // its project is internal
  'member', // the reader is a member of its project (any role)
] as const;
export type TClause = (typeof READ_CLAUSES)[number];

export type TReader = { id: string; role: 'admin' | 'editor' | 'viewer'; confinedTo?: string | null };
type TProjectFacts = { visibility: ProjectVisibility; membership: ProjectRole | null } | null;
/** `draftBy`: set when the document is a draft, to its owner's id (undefined: published, or a project). */
type TFacts = { project: TProjectFacts; draftBy?: string };

export const readsAll = (reader: TReader) => reader.role === 'admin' && !reader.confinedTo;

/** The clauses that hold for this reader: all of them, or membership alone when confined. */
export const clausesFor = (reader: TReader): readonly TClause[] => (reader.confinedTo ? ['member'] : READ_CLAUSES);

// Drafts: a draft is read, on top of the clauses above, only by its owner and by whoever may
// write where it lives (writesIn): the project's owners and editors, and site editors outside
// restricted projects. Everyone else does not see it at all, in pages, lists or search.
const WRITE_ROLES: readonly ProjectRole[] = ['owner', 'editor'];

/** A document's draft fact for the rule: `{ draftBy: owner }` while it is a draft, nothing once published. */
export const draftOf = (doc: { status: 'draft' | 'published'; ownerId: string }): { draftBy?: string } =>
  doc.status === 'draft' ? { draftBy: doc.ownerId } : {};

/** Whether the reader may write pages where the facts say: the rule of `can('update')` as well. */
export function writesIn(reader: TReader, project: TProjectFacts): boolean {
  const writer = project?.membership != null && WRITE_ROLES.includes(project.membership);
  if (project?.visibility === 'restricted') return writer;
  return reader.role === 'editor' || writer;
}

/** The rule as a predicate over the facts loaded with a document. */
export function readsDocument(reader: TReader, facts: TFacts): boolean {
  if (readsAll(reader)) return true;
  const holds: Record<TClause, boolean> = {
    'team-wide': facts.project === null,
    'internal-project': facts.project?.visibility === 'internal',
    member: facts.project !== null && facts.project.membership !== null,
  };
  if (!clausesFor(reader).some((c) => holds[c])) return false;
  return facts.draftBy === undefined || facts.draftBy === reader.id || writesIn(reader, facts.project);
}

/**
 * The rule for a person loaded with their membership of the page's project (`memberships`: at
 * most theirs in that one project), given that project's visibility (null: a team-wide page).
 */
export function personReads(
  person: { id: string; role: TReader['role']; memberships: { role: ProjectRole }[] },
  visibility: ProjectVisibility | null,
  draftBy?: string,
): boolean {
  const project = visibility ? { visibility, membership: person.memberships[0]?.role ?? null } : null;
  return readsDocument({ id: person.id, role: person.role }, { project, ...(draftBy === undefined ? {} : { draftBy }) });
}
