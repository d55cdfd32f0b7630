import { describe, expect, it } from 'vitest';
import { parseFields } from './fields';
import { draftFromFields, fieldsFromDraft } from './retrospective-draft';

const stored = {
  period: { from: '2025-10-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' },
  participants: [{ name: 'Priya', jobRole: 'lead' }],
  summary: 'S',
  wentWell: ['a'],
  decisions: [{ decision: 'D', alternatives: '', rationale: 'R', evidence: '', decidedBy: 'M', date: '2025-12-10T00:00:00.000Z', modelVersion: '' }],
  lessons: [{ text: 'L', tags: ['x', 'y'] }],
  actionItems: [{ action: 'A', owner: 'O', status: 'open', link: '' }],
};

describe('retrospective draft', () => {
  it('round-trips stored fields through the form unchanged in meaning', () => {
    const draft = draftFromFields(stored);
    expect(draft.period).toEqual({ from: '2025-10-01', to: '2026-03-31' });
    expect(draft.lessons[0]!.tags).toBe('x, y');
    const again = parseFields('retrospective', fieldsFromDraft(draft));
    const first = parseFields('retrospective', stored);
    expect(again).toEqual(first);
  });

  it('starts empty and sends a valid empty retrospective', () => {
    const draft = draftFromFields(undefined);
    expect(draft.decisions).toEqual([]);
    expect(parseFields('retrospective', fieldsFromDraft(draft)).ok).toBe(true);
  });

  it('drops blank lines and leaves out empty optional groups', () => {
    const draft = { ...draftFromFields(undefined), wentWell: ['one', '  ', ''], ethics: { decisions: [''], openRisks: [] } };
    const out = fieldsFromDraft(draft);
    expect(out.wentWell).toEqual(['one']);
    expect(out).not.toHaveProperty('ethics');
    expect(out).not.toHaveProperty('period');
  });
});
