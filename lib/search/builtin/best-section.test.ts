import { describe, expect, it } from 'vitest';
import { bestSection, excerptAround, wordStems } from './best-section';

const s = (anchor: string, heading: string, text: string) => ({ anchor, heading, text });
const textOf = (x: { text: string }) => x.text;

describe('wordStems', () => {
  it.each([
    [['retraining'], ['retrain']],
    [['drift'], ['drift']],
    [['monitoring', 'psi'], ['monitor', 'psi']],
    [['thresholds'], ['thresho']],
  ])('%j -> %j', (words, stems) => expect(wordStems(words)).toEqual(stems));
});

describe('bestSection', () => {
  const sections = [s('', '', 'The lead says nothing.'), s('checks', 'Checks', 'Look at drift first.'), s('later', 'Later', 'Drift and retraining, both.')];
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

describe('excerptAround', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const long = `${filler(100)} the drift alarm fired ${filler(100)}`;

  it('keeps short text whole', () => expect(excerptAround('short drift text', ['drift'], 100)).toBe('short drift text'));

  it('holds the first match, within the size, cut at spaces', () => {
    const out = excerptAround(long, ['drift'], 200);
    expect(out).toContain('the drift alarm fired');
    expect(out.length).toBeLessThanOrEqual(200);
    expect(long).toContain(out);
    expect(out.startsWith('word')).toBe(true);
    expect(out).not.toMatch(/ $/);
  });

  it('starts at the beginning when no stem is found', () => {
    expect(excerptAround(long, ['absent'], 60).startsWith('word0 word1')).toBe(true);
  });

  it('takes the earliest of several stems', () => {
    const text = `${filler(50)} alpha ${filler(50)} beta ${filler(50)}`;
    expect(excerptAround(text, ['beta', 'alpha'], 120)).toContain('alpha');
  });

  it('near the end, still returns a full window', () => {
    const text = `${filler(100)} drift`;
    const out = excerptAround(text, ['drift'], 100);
    expect(out.endsWith('drift')).toBe(true);
    expect(out.length).toBeGreaterThan(80);
  });
});
