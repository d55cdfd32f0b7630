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
// i import, P publish, W manage webhooks; '-' = refused.
// delete/restore are for a document someone else owns (own documents: see the next test).
const TABLE: [TRole, TWhere, TMember, string][] = [
  ['admin', 'team-wide', 'none', 'rcudRmaxiPW'],
  ['admin', 'internal', 'none', 'rcudRmaxiPW'],
  ['admin', 'restricted', 'none', 'rcudRmaxiPW'],
  ['editor', 'team-wide', 'none', 'rcu----xiP-'],
  ['editor', 'internal', 'none', 'rcu----xiP-'],
  ['editor', 'internal', 'viewer', 'rcu----xiP-'],
  ['editor', 'internal', 'owner', 'rcudRm-xiPW'],
  ['editor', 'restricted', 'none', '-----------'],
  ['editor', 'restricted', 'viewer', 'r------x---'],
  ['editor', 'restricted', 'editor', 'rcu----xiP-'],
  ['editor', 'restricted', 'owner', 'rcudRm-xiPW'],
  ['viewer', 'team-wide', 'none', 'r------x---'],
  ['viewer', 'internal', 'none', 'r------x---'],
  ['viewer', 'internal', 'viewer', 'r------x---'],
  ['viewer', 'internal', 'editor', 'rcu----xiP-'],
  ['viewer', 'internal', 'owner', 'rcudRm-xiPW'],
  ['viewer', 'restricted', 'none', '-----------'],
  ['viewer', 'restricted', 'viewer', 'r------x---'],
  ['viewer', 'restricted', 'editor', 'rcu----xiP-'],
  ['viewer', 'restricted', 'owner', 'rcudRm-xiPW'],
];

function scope(where: TWhere, member: TMember, ownerId = 'someone-else'): TScope {
  if (where === 'team-wide') return { project: null, ownerId };
  return { project: { visibility: where, membership: member === 'none' ? null : member }, ownerId };
}

describe('can(): every site role × visibility × membership × action', () => {
  for (const [role, where, member, allowed] of TABLE) {
    it(`${role} in ${where} project as ${member}: ${allowed}`, () => {
      const actor = { id: 'me', role };
      const got = ACTIONS.map((a, i) => (can(actor, a, scope(where, member)) ? 'rcudRmaxiPW'[i] : '-')).join('');
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
