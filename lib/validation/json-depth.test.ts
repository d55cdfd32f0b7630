import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  it.each([
    ['{}', 1, false],
    ['{"a":{"b":[1,{"c":2}]}}', 4, false],
    ['{"a":{"b":[1,{"c":2}]}}', 3, true],
    ['{"a":"{{{{[[[["}', 1, false],
    ['{"a":"quote \\" then {{{{"}', 1, false],
    ['{"a":' + '['.repeat(40) + ']'.repeat(40) + '}', 32, true],
  ])('%s deeper than %i: %s', (text, max, want) => {
    expect(nestsDeeperThan(text, max)).toBe(want);
  });
});
