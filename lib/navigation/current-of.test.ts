import { describe, expect, it } from 'vitest';
import { currentOf, spaceOfPath } from './current-of';

describe('currentOf', () => {
  it.each([
    ['/decisions', '/decisions', false, 'page'],
    ['/projects', '/projects/churn', false, 'true'],
    ['/projects', '/projects/churn', true, undefined],
    ['/', '/decisions', false, undefined],
    ['/', '/', false, 'page'],
    ['/lessons', '/lessons-old', false, undefined],
    ['/projects/churn', '/projects/churn/members', false, 'true'],
  ] as const)('%s on %s (exact %s) is %s', (href, path, exact, expected) => {
    expect(currentOf(href, path, exact)).toBe(expected);
  });
});

describe('spaceOfPath', () => {
  it.each([
    ['/w/churn/model-card', 'churn'],
    ['/w/_/handbook', '_'],
    ['/w/churn/model-card/history/3', 'churn'],
    ['/projects/churn', 'churn'],
    ['/projects/churn/members', 'churn'],
    ['/projects/new', null],
    ['/projects', null],
    ['/decisions', null],
    ['/', null],
  ])('%s is in %s', (path, space) => {
    expect(spaceOfPath(path)).toBe(space);
  });
});
