import { describe, expect, it } from 'vitest';
import { draftReducer, initialDraft } from './use-document-draft';

const runbookTemplate = { body: '## First three actions\n', fields: { severity: 'P2' } };
const retroTemplate = { body: '## What happened\n', fields: { summary: 'S' } };

describe('draftReducer', () => {
  it('swaps the outline with the kind only while the body is still the old template', () => {
    const start = initialDraft('runbook', { title: 'T', body: runbookTemplate.body, fields: runbookTemplate.fields });
    const swapped = draftReducer(start, {
      type: 'kind',
      value: 'retrospective',
      template: retroTemplate,
      previousTemplateBody: runbookTemplate.body,
    });
    expect(swapped).toMatchObject({ kind: 'retrospective', body: retroTemplate.body });
    expect(swapped.fields.summary).toBe('S');
    const written = draftReducer(draftReducer(start, { type: 'text', field: 'body', value: 'My own words' }), {
      type: 'kind',
      value: 'retrospective',
      template: retroTemplate,
      previousTemplateBody: runbookTemplate.body,
    });
    expect(written.body).toBe('My own words');
  });

  it('keeps the person’s text through a failed save, and takes the other version only when asked', () => {
    const mine = draftReducer(initialDraft('practice', { title: 'Mine', body: 'my text' }), { type: 'saving' });
    expect(mine.saving).toBe(true);
    const failed = draftReducer(mine, { type: 'failed', problem: { error: 'Conflict', fields: {} } });
    expect(failed).toMatchObject({ saving: false, body: 'my text', title: 'Mine', problem: { error: 'Conflict' } });
    const taken = draftReducer(failed, { type: 'take', title: 'Theirs', body: 'their text', tags: ['a', 'b'], fields: {} });
    expect(taken).toMatchObject({ title: 'Theirs', body: 'their text', tags: 'a, b', problem: null });
  });
});
