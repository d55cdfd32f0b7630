import { describe, expect, it } from 'vitest';
import { bestSection, wordStems } from './best-section';

const s = (anchor: string, heading: string, text: string) => ({ anchor, heading, text });
const textOf = (x: { text: string }) => x.text;

describe('wordStems', () => {
  it.each([
    [['retraining'], ['retrain']],
    [['drift'], ['drift']],
    [
      ['monitoring', 'psi'],
      ['monitor', 'psi'],
    ],
    [['thresholds'], ['thresho']],
  ])('%j -> %j', (words, stems) => expect(wordStems(words)).toEqual(stems));
});

describe('bestSection', () => {
  const sections = [
    s('', '', 'The lead says nothing.'),
    s('checks', 'Checks', 'Look at drift first.'),
    s('later', 'Later', 'Drift and retraining, both.'),
  ];
  it.each([
    [[['drift']], 'checks'],
    [[['drift'], ['retrain']], 'later'],
    [[['retrain']], 'later'],
    [[['nothing']], ''],
    [[['absent']], ''],
    [[], ''],
    // A phrase counts only when all its words are there.
    [[['drift', 'retrain']], 'later'],
    [[['look', 'retrain']], ''],
  ])('phrases %j -> section "%s"', (phrases, anchor) => expect(bestSection(sections, phrases, textOf)?.anchor).toBe(anchor));

  it('matches the heading as well as the text', () => {
    expect(bestSection([s('', '', 'x'), s('drift-checks', 'Drift checks', 'Steps.')], [['drift']], textOf)?.anchor).toBe('drift-checks');
  });

  it('is null without sections', () => expect(bestSection([], [['drift']], textOf)).toBeNull());
});
