import { describe, expect, it } from 'vitest';
import { snippetHtml } from '../snippet';
import { markMatches } from './highlight';

const html = (text: string, phrases: string[][], size?: number) => snippetHtml(markMatches(text, phrases, size));

describe('markMatches', () => {
  it.each([
    ['Input drift crossed the limit.', [['drift']], 'Input <mark>drift</mark> crossed the limit.'],
    ['Drifting inputs, drifted outputs.', [['drift']], '<mark>Drifting</mark> inputs, <mark>drifted</mark> outputs.'],
    ['We retrained after retraining failed.', [['retraining']], 'We <mark>retrained</mark> after <mark>retraining</mark> failed.'],
    ['Covariate shift, then a shift in data.', [['drift'], ['covariate', 'shift']], '<mark>Covariate shift</mark>, then a shift in data.'],
    ['Roll  back or rollback.', [['roll', 'back'], ['rollback']], '<mark>Roll back</mark> or <mark>rollback</mark>.'],
    ['undrifted is not a match', [['drift']], 'undrifted is not a match'],
    ['Nothing here.', [], 'Nothing here.'],
    ['a <b>bold</b> drift & more', [['drift']], 'a &lt;b&gt;bold&lt;/b&gt; <mark>drift</mark> &amp; more'],
    ['Tomás reviewed it', [['tomás']], '<mark>Tomás</mark> reviewed it'],
    ['price (psi) rose', [['psi']], 'price (<mark>psi</mark>) rose'],
  ])('%s', (text, phrases, expected) => expect(html(text, phrases)).toBe(expected));

  const filler = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');

  it('cuts a window around the first match, marking "…" where text was left out', () => {
    const out = html(`${filler(80)} the drift alarm fired ${filler(80)}`, [['drift']], 120);
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('<mark>drift</mark> alarm fired');
    expect(out.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(124);
  });

  it('collapses whitespace around a match far into a long text, and never marks half a word', () => {
    // The part read around the match starts 240 characters before it: inside "undrifted" here.
    const out = html(`${filler(100)} undrifted ${'y'.repeat(222)}\n\n  the   drift\n\nalarm ${filler(300)}`, [['drift']], 300);
    expect(out).toMatch(/^… the <mark>drift<\/mark> alarm word0 .* …$/);
    expect(out).not.toContain('<mark>drifted');
  });

  it('starts at the beginning when the match is early or absent', () => {
    expect(html(`drift first ${filler(80)}`, [['drift']], 60).startsWith('<mark>drift</mark> first')).toBe(true);
    expect(html(filler(80), [['absent']], 60).startsWith('word0 word1')).toBe(true);
  });

  it('treats regular expression characters in words as text', () => {
    expect(html('a c++ b cpp', [['c++']])).toBe('a <mark>c++</mark> b cpp');
    expect(() => markMatches('x', [['(', '[']])).not.toThrow();
  });
});
