import { describe, expect, it } from 'vitest';
import { ZSearchQuery } from './contract';
import { queryFromParams, toggleHref, withParams } from './search-params';

describe('search params', () => {
  it('reads repeated facets, booleans and paging, and ignores what it does not know', () => {
    const q = ZSearchQuery.parse(
      queryFromParams({ q: 'drift', kind: ['runbook', 'model_card'], needsReview: 'true', page: '2', evil: 'x' }),
    );
    expect(q).toMatchObject({ q: 'drift', kind: ['runbook', 'model_card'], needsReview: true, page: 2, sort: 'relevance' });
    expect(q).not.toHaveProperty('evil');
  });

  it('toggles one value and goes back to the first page', () => {
    const params = { q: 'drift', kind: 'runbook', page: '3' };
    expect(toggleHref(params, 'kind', 'model_card')).toBe('/search?q=drift&kind=runbook&kind=model_card');
    expect(toggleHref(params, 'kind', 'runbook')).toBe('/search?q=drift');
    expect(toggleHref({ status: 'draft' }, 'status', 'published')).toBe('/search?status=published');
    expect(withParams(params, { page: '4', q: 'shift' })).toBe('/search?kind=runbook&page=4&q=shift');
  });
});
