import 'server-only';
import { Forbidden } from '@/lib/errors';
import { can, type TAction, type TActor, type TScope } from './can';

const REFUSALS: Record<TAction, string> = {
  read: 'You cannot read this.',
  create: 'Your role does not allow creating documents here. Ask a project owner or an admin.',
  update: 'Your role does not allow editing this document. Ask a project owner or an admin.',
  attach:
    'Your role does not allow editing this document, so you cannot attach files to it or remove them. Ask a project owner or an admin.',
  delete: 'Only the document owner, a project owner or an admin can delete this.',
  restore: 'Only the document owner, a project owner or an admin can restore this.',
  'manage-members': 'Only a project owner or an admin can change members.',
  comment: 'You cannot read this page, so you cannot comment on it.',
  watch: 'You cannot read this, so you cannot watch it.',
  'edit-comment': 'Only its author can change a comment.',
  'delete-comment': 'Only its author, a project owner or an admin can delete a comment.',
  'resolve-comment': 'Only who started the thread, or someone who may edit the page, can resolve or reopen it.',
  'complete-action-item': 'Only the person it is assigned to, or someone who may edit the retrospective, can mark it done.',
  'manage-webhooks': 'Only a project owner (or, for the whole wiki, an admin) can manage its webhooks.',
  'create-project': 'Only editors and admins can start projects. Ask an admin.',
  administer: 'Only admins can do this.',
  export: 'You cannot read this, so you cannot export it.',
  import: 'Your role does not allow creating documents here, so you cannot import into it. Ask a project owner or an admin.',
  publish: 'Your role does not allow editing model cards in this project, so you cannot publish to them. Ask a project owner or an admin.',
  'export-wiki': 'Only admins can export the whole wiki. Export a project from its page instead.',
  'import-wiki': 'Only admins can import into the whole wiki. Import into a project from its page instead.',
  'manage-own-account': 'Sign in to change your account.',
};

/** Throws Forbidden (403) unless the policy allows the action. */
export function authorize(actor: TActor, action: TAction, scope?: TScope): void {
  if (!can(actor, action, scope)) throw new Forbidden(REFUSALS[action]);
}
