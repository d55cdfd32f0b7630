import { describe, expect, it } from 'vitest';
import { editDistance, tokenize, toTerms, toTsquery, typoBudget } from './query';

const groups = [
  [['drift'], ['data', 'shift'], ['covariate', 'shift']],
  [['roll', 'back'], ['rollback']],
];

describe('search query', () => {
  it.each([
    // A synonym term is never a prefix: its alternatives are whole words.
    ['Drift', '(drift | (data <-> shift) | (covariate <-> shift))', true],
    ['covariate shift alert', '(drift | (data <-> shift) | (covariate <-> shift)) & alert:*', true],
    ['how to roll back', 'how & to & ((roll <-> back) | rollback)', true],
    ['model regist', 'model & regist:*', true],
    ['model regist', 'model & regist', false],
    ['a', 'a', true],
  ])('%s -> %s', (q, expected, prefix) => {
    const tsq = toTsquery(toTerms(tokenize(q), groups, prefix));
    expect(tsq).toBe(expected);
  });

  it('lets a prefix complete to indexed words, and ORs terms in the fallback', () => {
    const terms = toTerms(['model', 'experim'], groups, true);
    terms[1]!.expansions = ['experiment', 'experimental'];
    expect(toTsquery(terms)).toBe('model & (experim:* | experiment | experimental)');
    expect(toTsquery(toTerms(['roll', 'back', 'bad'], groups, false), true)).toBe('((roll <-> back) | rollback) | bad');
  });

  it('keeps only letters and digits, folds accents, caps the number of words', () => {
    expect(tokenize("Tomás's <script>PSI>0.25")).toEqual(['tomas', 's', 'script', 'psi', '0', '25']);
    expect(tokenize('w '.repeat(50))).toHaveLength(12);
    expect(tokenize('!!!')).toEqual([]);
  });

  it('counts an adjacent swap as one typo, and allows more typos in longer words', () => {
    expect(editDistance('drfit', 'drift')).toBe(1);
    expect(editDistance('retraning', 'retraining')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect([typoBudget('psi'), typoBudget('drfit'), typoBudget('retraning'), typoBudget('2026')]).toEqual([0, 1, 2, 0]);
  });
});
