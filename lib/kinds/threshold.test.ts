import { describe, expect, it } from 'vitest';
import { meetsThreshold } from './threshold';

describe('meetsThreshold', () => {
  it.each([
    [0.34, '≥ 0.30', true],
    [0.29, '≥ 0.30', false],
    [0.3, '>= 0.30', true],
    [0.8, '> 0.8', false],
    [0.09, '< 0.1', true],
    [0.1, '<= 0.1', true],
    [0.41, 'at least 0.35 on delayed labels', true],
    [0.5, 'max 40%', false],
    [0.35, 'at least 0,35', true],
    [0.3, 'agreed with Retention', null],
    [0.3, '', null],
    [undefined, '≥ 0.3', null],
    [0.3, '≥ soon', null],
  ] as const)('%s against %j → %s', (value, threshold, expected) => {
    expect(meetsThreshold(value, threshold)).toBe(expected);
  });
});
