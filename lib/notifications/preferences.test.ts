import { describe, expect, it } from 'vitest';
import { reachOf } from './preferences';

describe('reachOf', () => {
  it.each([
    [{}, 'mention', 'email'],
    [{}, 'page.changed', 'app'],
    [{ mention: 'off' }, 'mention', 'off'],
    [{ 'page.changed': 'email' }, 'page.changed', 'email'],
    [{ mention: 'loud' }, 'mention', 'email'], // not a choice: the default
    [null, 'review_due', 'email'],
  ] as const)('%j %s → %s', (prefs, type, reach) => {
    expect(reachOf(prefs, type)).toBe(reach);
  });
});
