import { describe, expect, it } from 'vitest';
import { draftTerms, fieldsText, words } from './draft-terms';

describe('draftTerms', () => {
  it('weights the title and tags over headings over fields, and leaves out stop words and template headings', () => {
    const terms = draftTerms({
      title: 'Latency incident on the scorer',
      body: '## Timeline\n\n## Why latency spiked\n\nBody words are not read: xyzzy.',
      tags: ['latency', 'drift'],
      fields: { summary: 'Drift after a remapping', lessons: [{ text: 'Budget latency per feature', tags: ['ci-cd'] }] },
    });
    expect(terms[0]).toEqual({ term: 'latency', weight: 3 + 3 + 2 + 1 });
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(['incident', 'scorer', 'drift', 'spiked', 'remapping', 'budget']));
    expect(terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(['timeline']));
    expect(terms.map((t) => t.term)).not.toContain('xyzzy');
    expect(terms.map((t) => t.term)).not.toContain('the');
  });

  it('keeps at most the weightiest terms asked for', () => {
    expect(draftTerms({ title: 'alpha beta gamma delta', body: '', tags: [], fields: null }, 2)).toHaveLength(2);
  });

  it('reads words and fields plainly', () => {
    expect(words('XGBoost p99 2026 a-b')).toEqual(['xgboost', 'p99']);
    expect(fieldsText({ a: ['x', { b: 'y' }], c: 3 })).toBe('x\ny');
    expect(fieldsText({ location: 'table t (catalog://fraud/train)', docs: 'https://wiki.example.com/x' })).toBe('table t ( \n ');
    expect(fieldsText({ participants: [{ name: 'Mei Lin' }], period: { from: '2026-01-01T00:00:00.000Z' }, summary: 's' })).toBe('s');
  });
});
