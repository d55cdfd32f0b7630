import { describe, expect, it } from 'vitest';
import { compareParams } from './compare-params';

describe('compareParams', () => {
  it.each([
    [{}, { from: 6, to: 7, mode: 'inline' }],
    [
      { from: '3', to: '7' },
      { from: 3, to: 7, mode: 'inline' },
    ],
    [
      { to: '4', view: 'split' },
      { from: 3, to: 4, mode: 'split' },
    ],
    [{ to: '1' }, { from: 1, to: 1, mode: 'inline' }],
    [
      { from: '7', to: '2' },
      { from: 7, to: 2, mode: 'inline' },
    ],
    [{ from: '8' }, null],
    [{ from: '0' }, null],
    [{ to: '-1' }, null],
    [{ to: '2.5' }, null],
    [{ to: ['1', '2'] }, null],
    [{ from: '1e3' }, null],
  ])('%j with 7 versions → %j', (params, expected) => {
    expect(compareParams(params, 7)).toEqual(expected);
  });
});
