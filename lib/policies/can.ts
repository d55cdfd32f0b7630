// Who may do what: pure functions, no database. Callers load the facts (the user, the project's
// visibility and the user's membership) and ask. Table-tested in can.test.ts.
import type { ProjectRole, ProjectVisibility, SiteRole } from '@/lib/generated/prisma/enums';
import { readsDocument, writesIn } from './read-rule';

/** confinedTo: a project's service token acts in that project only (see read-rule.ts). */
export type TActor = { id: string; role: SiteRole; confinedTo?: string | null };

/** A document or a project as the policy sees it. `project` is null for team-wide documents. */
export type TScope = {
  project: { visibility: ProjectVisibility; membership: ProjectRole | null } | null;
  ownerId?: string;
  /** Set when the document is a draft: its owner's id (read-rule.ts). */
  draftBy?: string;
};

export type TAction =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'manage-members'
  | 'export' // download a page or a project as files: whoever reads it
  | 'import' // bring files into a project: whoever may create pages there
  | 'publish' // a training run updates a model card's measured parts: whoever may edit there
  | 'manage-webhooks' // a project's webhooks: its owners; the whole wiki's (no project): admins
  | 'comment' // start a thread or reply: whoever reads the page, viewers too
  | 'watch' // follow a page or a project (notifications): whoever reads it
  | 'edit-comment' // change a comment's words: its author alone (scope.ownerId), admins included
  | 'delete-comment' // its author, the project's owners, admins
  | 'resolve-comment' // resolve or reopen a thread: who started it (scope.ownerId), or whoever may edit the page
  | 'attach' // add a file or an image to a page, or remove one: whoever may edit it
  | 'complete-action-item' // mark an action item done or open again: its assignee (scope.ownerId), or whoever may edit the page
  | 'export-wiki' // site-wide: the whole wiki as one archive
  | 'import-wiki' // site-wide: files into any project, new projects and people included
  | 'create-project' // site-wide: start a new project (its creator becomes owner)
  | 'administer' // users, invitations, the audit log
  | 'manage-own-account'; // one's own sessions and password

/** The read rule (read-rule.ts), over the facts loaded with a document or project. */
export function canRead(actor: TActor, scope: TScope): boolean {
  return readsDocument(actor, scope);
}

export function can(actor: TActor, action: TAction, given?: TScope): boolean {
  // Reading with nothing in particular is listing: allowed, as every list is cut by the read rule.
  if (action === 'read' && given === undefined) return true;
  const scope = given ?? { project: null };
  // Site-wide actions are for people; a confined service token has none of them.
  if (
    actor.confinedTo &&
    (action === 'administer' ||
      action === 'export-wiki' ||
      action === 'import-wiki' ||
      action === 'create-project' ||
      action === 'manage-webhooks')
  )
    return false;
  if (action === 'administer' || action === 'export-wiki' || action === 'import-wiki') return actor.role === 'admin';
  if (action === 'manage-own-account') return true;
  if (action === 'create-project') return actor.role === 'admin' || actor.role === 'editor';
  if (!canRead(actor, scope)) return false;
  // Nobody puts words in another's mouth, not even an admin.
  if (action === 'edit-comment') return scope.ownerId === actor.id;
  if (actor.role === 'admin') return true;
  const membership = scope.project?.membership ?? null;
  switch (action) {
    case 'read':
    case 'export':
    case 'comment':
    case 'watch':
      return true;
    case 'resolve-comment':
    case 'complete-action-item':
      return scope.ownerId === actor.id || can(actor, 'update', scope);
    case 'delete-comment':
      return scope.ownerId === actor.id || membership === 'owner';
    case 'create':
    case 'import':
    case 'publish':
    case 'update':
    case 'attach':
      // Restricted projects: only their owners and editors write. Elsewhere site editors write,
      // and project owners/editors write in their internal project even as site viewers.
      return writesIn(actor, scope.project);
    case 'delete':
    case 'restore':
      if (membership === 'owner') return true;
      return can(actor, 'update', scope) && scope.ownerId === actor.id;
    case 'manage-members':
    case 'manage-webhooks':
      return membership === 'owner';
  }
}
