import { describe, expect, it } from 'vitest';
import { structuredSections } from './structured-sections';

describe('structuredSections', () => {
  it('makes a section per decision and per lesson, pointing at the card lists', () => {
    const out = structuredSections({
      decisions: [
        {
          decision: 'Ship XGBoost v2',
          rationale: 'Recall +4 points',
          alternatives: 'Keep v1',
          decidedBy: 'Ana',
          date: '2026-03-01T00:00:00.000Z',
        },
      ],
      lessons: [{ text: 'Join the call-centre feed before launch', tags: ['data', 'fairness'] }],
    });
    expect(out).toEqual([
      {
        anchor: 'decisions',
        heading: 'Ship XGBoost v2',
        text: 'Recall +4 points\nAlternatives: Keep v1\nDecided by Ana on 2026-03-01',
        record: 'decision',
      },
      { anchor: 'lessons', heading: '', text: 'Join the call-centre feed before launch\ndata\nfairness', record: 'lesson' },
    ]);
  });

  it.each([[null], [{}], [{ decisions: 'not a list', lessons: [null, 3] }], [{ decisions: [{}], lessons: [{ text: '' }] }]])(
    'reads odd stored fields without throwing, keeping nothing empty: %j',
    (fields) => {
      expect(structuredSections(fields)).toEqual([]);
    },
  );
});
