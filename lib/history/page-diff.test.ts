import { describe, expect, it } from 'vitest';
import { describeChange } from './field-diff';
import { diffPage } from './page-diff';

const page = (tags: string[], status: 'draft' | 'published', owner: string | null) => ({
  tags,
  status,
  owner: owner ? { name: owner } : null,
});

describe('diffPage', () => {
  it('names title, tag, status and owner changes', () => {
    const before = { title: 'Churn model', page: page(['churn', 'xgb'], 'draft', 'Ana') };
    const after = { title: 'Churn model v2', page: page(['churn', 'lgbm'], 'published', 'Ben') };
    expect(diffPage(before, after).map(describeChange)).toEqual([
      'Title: Churn model → Churn model v2',
      'Tag removed: xgb',
      'Tag added: lgbm',
      'Status: Draft → Published',
      'Owner: Ana → Ben',
    ]);
  });

  it('compares only the title when a side was saved before the rest was kept', () => {
    expect(diffPage({ title: 'A', page: null }, { title: 'A', page: page(['x'], 'draft', null) })).toEqual([]);
  });

  it('an owner set where there was none is an addition', () => {
    expect(
      diffPage({ title: 'A', page: page([], 'draft', null) }, { title: 'A', page: page([], 'draft', 'Ana') }).map(describeChange),
    ).toEqual(['Owner added: Ana']);
  });
});
