import { describe, expect, it } from 'vitest';
import { can, type TAction, type TScope } from './can';

type TRole = 'admin' | 'editor' | 'viewer';
type TWhere = 'team-wide' | 'internal' | 'restricted';
type TMember = 'none' | 'owner' | 'editor' | 'viewer';
const ACTIONS: TAction[] = [
  'read',
  'create',
  'update',
  'delete',
  'restore',
  'manage-members',
  'administer',
  'export',
  'import',
  'publish',
  'manage-webhooks',
  'comment',
  'edit-comment',
  'delete-comment',
  'resolve-comment',
  'watch',
  'complete-action-item',
  'attach',
];

describe.each(['export-wiki', 'import-wiki'] as const)('%s', (action) => {
  it.each([
    ['admin', true],
    ['editor', false],
    ['viewer', false],
  ] as const)('%s → %s', (role, allowed) => {
    expect(can({ id: 'me', role }, action, { project: { visibility: 'internal', membership: 'owner' } })).toBe(allowed);
  });
});

describe('manage-webhooks', () => {
  it('is for admins alone outside projects, and never for a service token', () => {
    expect(can({ id: 'me', role: 'admin' }, 'manage-webhooks', { project: null })).toBe(true);
    expect(can({ id: 'me', role: 'editor' }, 'manage-webhooks', { project: null })).toBe(false);
    const owner = { project: { visibility: 'internal' as const, membership: 'owner' as const } };
    expect(can({ id: 'me', role: 'viewer', confinedTo: 'p1' }, 'manage-webhooks', owner)).toBe(false);
  });
});

describe('comments of one’s own', () => {
  const internal = (ownerId: string): TScope => ({ project: { visibility: 'internal', membership: null }, ownerId });
  it('lets the author edit, delete and resolve their own, whatever their role', () => {
    for (const action of ['edit-comment', 'delete-comment', 'resolve-comment'] as const)
      expect(can({ id: 'me', role: 'viewer' }, action, internal('me'))).toBe(true);
  });
  it('lets nobody edit another’s words, not even an admin', () => {
    expect(can({ id: 'me', role: 'admin' }, 'edit-comment', internal('you'))).toBe(false);
  });
  it('lets nobody touch comments on a page they cannot read', () => {
    const hidden: TScope = { project: { visibility: 'restricted', membership: null }, ownerId: 'me' };
    for (const action of ['comment', 'edit-comment', 'delete-comment', 'resolve-comment'] as const)
      expect(can({ id: 'me', role: 'editor' }, action, hidden)).toBe(false);
  });
});

describe('an action item of one’s own', () => {
  it('lets its assignee mark it done, even as a viewer, but only while they may read the page', () => {
    const internal: TScope = { project: { visibility: 'internal', membership: null }, ownerId: 'me' };
    expect(can({ id: 'me', role: 'viewer' }, 'complete-action-item', internal)).toBe(true);
    expect(can({ id: 'me', role: 'viewer' }, 'complete-action-item', { ...internal, ownerId: 'you' })).toBe(false);
    const hidden: TScope = { project: { visibility: 'restricted', membership: null }, ownerId: 'me' };
    expect(can({ id: 'me', role: 'editor' }, 'complete-action-item', hidden)).toBe(false);
  });
});

describe('a draft', () => {
  const draft = (membership: 'owner' | 'editor' | 'viewer' | null, draftBy = 'author'): TScope => ({
    project: { visibility: 'internal', membership },
    draftBy,
  });
  it.each([
    ['its owner, a site viewer', { id: 'author', role: 'viewer' }, null, true],
    ['a site editor', { id: 'me', role: 'editor' }, null, true],
    ['a project editor who is a site viewer', { id: 'me', role: 'viewer' }, 'editor', true],
    ['a project viewer', { id: 'me', role: 'viewer' }, 'viewer', false],
    ['a site viewer outside the project', { id: 'me', role: 'viewer' }, null, false],
    ['an admin', { id: 'me', role: 'admin' }, null, true],
  ] as const)('%s reads it: %s', (_who, actor, membership, allowed) => {
    expect(can(actor, 'read', draft(membership))).toBe(allowed);
    // Nor may anyone who cannot see it comment, watch or export it.
    for (const action of ['comment', 'watch', 'export'] as const) expect(can(actor, action, draft(membership))).toBe(allowed);
  });
  it('in a restricted project, only its owner and the project’s writers see it', () => {
    const restricted = (membership: 'owner' | 'editor' | 'viewer' | null): TScope => ({
      project: { visibility: 'restricted', membership },
      draftBy: 'author',
    });
    expect(can({ id: 'me', role: 'editor' }, 'read', restricted('viewer'))).toBe(false);
    expect(can({ id: 'me', role: 'viewer' }, 'read', restricted('editor'))).toBe(true);
    expect(can({ id: 'author', role: 'viewer' }, 'read', restricted('viewer'))).toBe(true);
  });
});

describe('create-project', () => {
  it.each([
    ['admin', true],
    ['editor', true],
    ['viewer', false],
  ] as const)('%s → %s', (role, allowed) => {
    expect(can({ id: 'me', role }, 'create-project')).toBe(allowed);
  });
});

// One row per site role × project visibility × membership. Letters, in ACTIONS order:
// r read, c create, u update, d delete, R restore, m manage members, a administer, x export,
// i import, P publish, W manage webhooks, C comment, E edit a comment, D delete a comment,
// V resolve a thread, O watch, A mark an action item done, F attach or remove a file; '-' = refused.
// delete/restore are for a document someone else owns, and the comment actions for someone
// else's comment or thread, and an action item assigned to someone else (own ones: see the tests after).
const TABLE: [TRole, TWhere, TMember, string][] = [
  ['admin', 'team-wide', 'none', 'rcudRmaxiPWC-DVOAF'],
  ['admin', 'internal', 'none', 'rcudRmaxiPWC-DVOAF'],
  ['admin', 'restricted', 'none', 'rcudRmaxiPWC-DVOAF'],
  ['editor', 'team-wide', 'none', 'rcu----xiP-C--VOAF'],
  ['editor', 'internal', 'none', 'rcu----xiP-C--VOAF'],
  ['editor', 'internal', 'viewer', 'rcu----xiP-C--VOAF'],
  ['editor', 'internal', 'owner', 'rcudRm-xiPWC-DVOAF'],
  ['editor', 'restricted', 'none', '------------------'],
  ['editor', 'restricted', 'viewer', 'r------x---C---O--'],
  ['editor', 'restricted', 'editor', 'rcu----xiP-C--VOAF'],
  ['editor', 'restricted', 'owner', 'rcudRm-xiPWC-DVOAF'],
  ['viewer', 'team-wide', 'none', 'r------x---C---O--'],
  ['viewer', 'internal', 'none', 'r------x---C---O--'],
  ['viewer', 'internal', 'viewer', 'r------x---C---O--'],
  ['viewer', 'internal', 'editor', 'rcu----xiP-C--VOAF'],
  ['viewer', 'internal', 'owner', 'rcudRm-xiPWC-DVOAF'],
  ['viewer', 'restricted', 'none', '------------------'],
  ['viewer', 'restricted', 'viewer', 'r------x---C---O--'],
  ['viewer', 'restricted', 'editor', 'rcu----xiP-C--VOAF'],
  ['viewer', 'restricted', 'owner', 'rcudRm-xiPWC-DVOAF'],
];

function scope(where: TWhere, member: TMember, ownerId = 'someone-else'): TScope {
  if (where === 'team-wide') return { project: null, ownerId };
  return { project: { visibility: where, membership: member === 'none' ? null : member }, ownerId };
}

describe('can(): every site role × visibility × membership × action', () => {
  for (const [role, where, member, allowed] of TABLE) {
    it(`${role} in ${where} project as ${member}: ${allowed}`, () => {
      const actor = { id: 'me', role };
      const got = ACTIONS.map((a, i) => (can(actor, a, scope(where, member)) ? 'rcudRmaxiPWCEDVOAF'[i] : '-')).join('');
      expect(got).toBe(allowed);
    });
  }

  it('lets writers delete and restore documents they own, but not readers', () => {
    expect(can({ id: 'me', role: 'editor' }, 'delete', scope('internal', 'none', 'me'))).toBe(true);
    expect(can({ id: 'me', role: 'viewer' }, 'delete', scope('internal', 'viewer', 'me'))).toBe(false);
    expect(can({ id: 'me', role: 'editor' }, 'restore', scope('restricted', 'editor', 'me'))).toBe(true);
    expect(can({ id: 'me', role: 'editor' }, 'restore', scope('restricted', 'none', 'me'))).toBe(false);
  });
});
