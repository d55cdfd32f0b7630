import { describe, expect, it } from 'vitest';
import { parseFields } from './fields';

const valid = {
  period: { from: '2025-10-01', to: '2026-03-31' },
  participants: [{ name: 'Priya Raman', jobRole: 'lead' }],
  feasibility: { forecast: 'Labels from billing', actual: 'Three weeks to agree the label' },
  decisions: [{ decision: 'LightGBM', rationale: '+6 points', decidedBy: 'Mei Lin', date: '2025-12-10', alternatives: 'LR, MLP' }],
  lessons: [{ text: 'Agree the label at kickoff', tags: ['Label-Definition'] }],
  actionItems: [{ action: 'Add label owner to the template', owner: 'Priya Raman', due: '2026-04-01', status: 'done' }],
};

describe('retrospective fields', () => {
  it('accepts a complete retrospective, normalising dates, tags and defaults', () => {
    const r = parseFields('retrospective', valid);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.value) throw new Error('expected fields');
    const f = r.value.fields as typeof valid & { decisions: { date: Date; evidence: string }[]; lessons: { tags: string[] }[] };
    expect(r.value.version).toBe(1);
    expect(f.decisions[0]!.date).toEqual(new Date('2025-12-10'));
    expect(f.decisions[0]!.evidence).toBe('');
    expect(f.lessons[0]!.tags).toEqual(['label-definition']);
  });

  it('accepts an empty retrospective (everything optional at first)', () => {
    expect(parseFields('retrospective', undefined)).toMatchObject({ ok: true });
  });

  it.each([
    ['a decision without rationale', { decisions: [{ decision: 'X', decidedBy: 'A', date: '2026-01-01' }] }, 'fields.decisions.0.rationale'],
    ['a bad date', { decisions: [{ ...valid.decisions[0], date: 'yesterday' }] }, 'fields.decisions.0.date'],
    ['an unknown action status', { actionItems: [{ action: 'A', owner: 'B', status: 'later' }] }, 'fields.actionItems.0.status'],
    ['an unknown job role', { participants: [{ name: 'A', jobRole: 'wizard' }] }, 'fields.participants.0.jobRole'],
    ['an over-long lesson', { lessons: [{ text: 'x'.repeat(301) }] }, 'fields.lessons.0.text'],
  ])('refuses %s, naming the field', (_name, input, path) => {
    const r = parseFields('retrospective', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toContain(path);
  });

  it('refuses fields on kinds that have no schema yet', () => {
    expect(parseFields('practice', { x: 1 })).toMatchObject({ ok: false });
    expect(parseFields('practice', undefined)).toEqual({ ok: true, value: null });
  });
});
