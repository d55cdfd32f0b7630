import { describe, expect, it } from 'vitest';
import type { TAction } from '@/lib/policies/can';
import { scopesAllow } from './scopes';
import { bearerToken, hashToken, newToken } from './token-format';

const ACTIONS: TAction[] = [
  'read',
  'export',
  'create',
  'update',
  'delete',
  'restore',
  'import',
  'publish',
  'manage-members',
  'create-project',
  'administer',
  'export-wiki',
  'import-wiki',
  'manage-own-account',
];

// One row per scope; letters in ACTIONS order: r read, x export, c create, u update, d delete,
// R restore, i import, P publish, m manage members, p create project, a administer, X export wiki,
// I import wiki, o manage own account; '-' refused.
const TABLE: [string[], string][] = [
  [['read'], 'rx------------'],
  [['write'], 'rxcudRiP------'],
  [['publish'], '-------P------'],
  [['admin'], 'rxcudRiPmpaXI-'],
  [['read', 'publish'], 'rx-----P------'],
  [['bogus'], '--------------'],
];

describe('scopesAllow', () => {
  it.each(TABLE)('%j → %s', (scopes, allowed) => {
    expect(ACTIONS.map((a, i) => (scopesAllow(scopes, a) ? 'rxcudRiPmpaXIo'[i] : '-')).join('')).toBe(allowed);
  });
});

describe('token format', () => {
  it('makes hs_ tokens of 256 random bits, kept as their SHA-256', () => {
    const { token, prefix, hash } = newToken();
    expect(token).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(token.slice(0, 11));
    expect(hash).toBe(hashToken(token));
    expect(newToken().token).not.toBe(token);
  });

  it.each([
    [null, false],
    ['Basic abc', false],
    ['Bearer ghp_0123456789012345678901234567890123456789012', false],
    ['Bearer hs_short', false],
    [`Bearer hs_${'a'.repeat(43)}`, true],
    [`bearer  hs_${'a'.repeat(43)}`, true],
  ])('reads %j as a token: %s', (header, ok) => {
    expect(bearerToken(header) !== null).toBe(ok);
  });
});
