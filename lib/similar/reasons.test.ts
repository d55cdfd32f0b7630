import { describe, expect, it } from 'vitest';
import { modelFamilies, overlap, reasons } from './reasons';

describe('reasons', () => {
  it('names shared words, the model family and the datasets both use', () => {
    const draft = { terms: ['drift', 'latency', 'labels'], text: 'An XGBoost scorer with drift', datasets: ['card transactions'] };
    const item = { terms: [], text: 'LightGBM churn model; drift and late labels', datasets: ['card transactions', 'other'] };
    expect(reasons(draft, item)).toEqual([
      'shares drift, labels',
      'same model family: gradient-boosted trees',
      'same dataset: card transactions',
    ]);
  });

  it('says nothing when nothing is shared', () => {
    expect(reasons({ terms: ['alpha'], text: 'alpha', datasets: [] }, { terms: [], text: 'beta', datasets: [] })).toEqual([]);
  });

  it('measures weighted overlap and knows model families', () => {
    expect(
      overlap(
        [
          { term: 'drift', weight: 3 },
          { term: 'latency', weight: 1 },
        ],
        'Drift happens',
      ),
    ).toBe(0.75);
    expect(modelFamilies('A BERT classifier and a random forest')).toEqual(['random forests', 'transformers']);
  });
});
