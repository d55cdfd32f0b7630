import { describe, expect, it } from 'vitest';
import { placeOf, unwrap } from './import-layout';

describe('placeOf', () => {
  it.each([
    ['people.yml', 'wiki', { type: 'people' }],
    ['templates/runbook.md', 'wiki', { type: 'template', name: 'runbook' }],
    ['projects/churn/project.md', 'wiki', { type: 'project', slug: 'churn' }],
    ['projects/churn/card.md', 'wiki', { type: 'document', project: 'churn' }],
    ['practices/x.md', 'wiki', { type: 'document', project: null }],
    ['x.md', 'wiki', { type: 'document', project: null }],
    ['projects/churn/card.md', { project: 'fraud' }, { type: 'document', project: 'fraud' }],
    ['practices/x.md', { project: 'fraud' }, { type: 'document', project: 'fraud' }],
  ] as const)('%s into %j → %j', (rel, into, place) => {
    expect(placeOf(rel, into)).toEqual(place);
  });

  it.each([
    ['image.png', 'wiki'],
    ['templates/runbook.md', { project: 'fraud' }],
    ['projects/churn/project.md', { project: 'fraud' }],
    ['projects/churn/deep/x.md', 'wiki'],
    ['other/x.md', 'wiki'],
  ] as const)('ignores %s into %j, saying why', (rel, into) => {
    expect(placeOf(rel, into)).toMatchObject({ type: 'ignored', why: expect.any(String) });
  });
});

describe('unwrap', () => {
  it('takes off one folder that wraps everything', () => {
    expect([...unwrap(['export/people.yml', 'export/practices/a.md']).values()]).toEqual(['people.yml', 'practices/a.md']);
  });
  it('leaves the export layout and mixed folders alone', () => {
    expect([...unwrap(['projects/a/project.md', 'projects/a/b.md']).values()]).toEqual(['projects/a/project.md', 'projects/a/b.md']);
    expect([...unwrap(['a/x.md', 'b/y.md']).values()]).toEqual(['a/x.md', 'b/y.md']);
  });
});
