import { describe, expect, it } from 'vitest';
import { KEY, recordKeys } from './keys';

describe('recordKeys', () => {
  const base = {
    kind: 'runbook' as const,
    project: 'churn',
    owner: 'Ana',
    jobRole: 'ml_engineer',
    status: 'published' as const,
    tags: ['drift', 'on-call'],
  };
  it('names every filter value once, prefixed by its facet', () => {
    expect(recordKeys(base)).toEqual(['k:runbook', 's:published', 'o:Ana', 'r:ml_engineer', 'p:churn', 't:drift', 't:on-call']);
  });
  it('has no project key outside projects, and no tag keys without tags', () => {
    expect(recordKeys({ ...base, project: null, tags: [] })).toEqual(['k:runbook', 's:published', 'o:Ana', 'r:ml_engineer']);
  });
  it('keeps facets apart when values collide', () => {
    expect(KEY.tag('runbook')).not.toBe(KEY.kind('runbook'));
    expect(recordKeys({ ...base, tags: ['runbook'] })).toContain('t:runbook');
  });
});
