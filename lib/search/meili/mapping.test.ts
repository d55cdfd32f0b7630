import { describe, expect, it } from 'vitest';
import { ZSearchQuery, type TSearchRecord } from '../contract';
import { buildFilter, indexSettings, namedFilter, pinFirst, toMeiliRecords } from './mapping';

const record: TSearchRecord = {
  id: 'doc1',
  version: 3,
  title: 'Runbook: churn',
  path: '/w/churn/churn-runbook',
  kind: 'runbook',
  projectId: 'p1',
  project: 'churn',
  projectName: 'Churn',
  restricted: true,
  tags: ['drift'],
  owner: 'Tomás',
  jobRole: 'ml_engineer',
  status: 'published',
  reviewBy: '2026-12-01',
  monitoringReviewBy: '2026-11-20',
  fieldsText: 'Alerts\nPSI > 0.25',
  updatedAt: '2026-11-28T10:00:00.000Z',
  markdown: '(the body)',
  headings: [],
  sections: [
    { anchor: '', heading: '', text: 'Lead' },
    { anchor: 'levers', heading: 'Levers', text: 'Roll back' },
  ],
};

describe('Meilisearch mapping', () => {
  it('makes one record per section, distinct by document, with fields once and the earliest review date', () => {
    const rs = toMeiliRecords(record);
    expect(rs.map((r) => [r.id, r.documentId, r.anchor])).toEqual([
      ['doc1_0', 'doc1', ''],
      ['doc1_1', 'doc1', 'levers'],
    ]);
    expect(rs.map((r) => r.fields)).toEqual(['Alerts\nPSI > 0.25', '']);
    expect(rs[0]!.reviewDue).toBe(Date.parse('2026-11-20T00:00:00Z'));
  });

  it('sets weighted searchable attributes, facets, distinct, typo tolerance and two-way synonyms', () => {
    const s = indexSettings([[['drift'], ['data', 'shift']]]);
    expect(s.searchableAttributes).toEqual(['title', 'heading', 'tags', 'fields', 'text']);
    expect(s.distinctAttribute).toBe('documentId');
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['restricted', 'projectId', 'kind', 'tags', 'reviewDue']));
    expect(s.synonyms).toEqual({ drift: ['data shift'], 'data shift': ['drift'] });
    expect(s.typoTolerance).toMatchObject({ enabled: true });
  });

  it('always applies access first, and quotes every value', () => {
    const q = ZSearchQuery.parse({ q: 'x', tags: ['a" OR restricted = true OR "'], kind: ['runbook'], needsReview: true });
    // The reader may not read projects p1 and p2 (restricted, not a member).
    const viewer = buildFilter({ projects: ['p1', 'p2'], drafts: [] }, q, 1000);
    expect(viewer).toBe(
      'projectId NOT IN ["p1", "p2"] AND kind IN ["runbook"] AND tags IN ["a\\" OR restricted = true OR \\""] AND reviewDue < 1000',
    );
    // Drafts the reader may not read are hidden by id.
    expect(buildFilter({ projects: [], drafts: ['d1'] }, ZSearchQuery.parse({}), 0)).toBe('documentId NOT IN ["d1"]');
    // Nothing hidden (an admin, or no restricted project the reader is outside of).
    const none = { projects: [], drafts: [] };
    expect(buildFilter(none, ZSearchQuery.parse({}), 0)).toBe('');
    expect(buildFilter(none, ZSearchQuery.parse({ needsReview: false }), 5)).toBe('(reviewDue IS NULL OR reviewDue >= 5)');
    expect(buildFilter({ projects: ['p"] OR projectId EXISTS OR x IN ["'], drafts: [] }, ZSearchQuery.parse({}), 0)).toBe(
      'projectId NOT IN ["p\\"] OR projectId EXISTS OR x IN [\\""]',
    );
  });
});

describe('namedFilter and pinFirst (a query naming a project or a kind)', () => {
  it('filters to the named projects and kinds, both when both were named, and to nothing when none was', () => {
    expect(namedFilter({ projects: ['card-fraud'], kinds: [] })).toBe('projectSlug IN ["card-fraud"]');
    expect(namedFilter({ projects: ['card-fraud'], kinds: ['runbook'] })).toBe('projectSlug IN ["card-fraud"] AND kind IN ["runbook"]');
    expect(namedFilter({ projects: [], kinds: ['model_card', 'retrospective'] })).toBe('kind IN ["model_card", "retrospective"]');
    expect(namedFilter({ projects: [], kinds: [] })).toBeNull();
  });

  it('puts the named pages first, then the rest in order, each page once, one page long', () => {
    const h = (id: string) => ({ documentId: id });
    expect(pinFirst([h('c'), h('d')], [h('a'), h('c'), h('b')], 3)).toEqual([h('c'), h('d'), h('a')]);
    expect(pinFirst([], [h('a'), h('b')], 5)).toEqual([h('a'), h('b')]);
  });
});
