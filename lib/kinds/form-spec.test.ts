import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KIND_FIELDS, parseFields } from './fields';
import { blankRow, draftFrom, fieldsFrom, keyedFields, type TDraft, type TFieldSpec } from './form-spec';
import { KINDS } from './kinds';
import { MODEL_CARD_FORM } from './model-card';
import { RETROSPECTIVE_FORM } from './retrospective';

const stored = {
  period: { from: '2025-10-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' },
  participants: [{ name: 'Priya', jobRole: 'lead' }],
  summary: 'S',
  wentWell: ['a'],
  decisions: [
    { decision: 'D', alternatives: '', rationale: 'R', evidence: '', decidedBy: 'M', date: '2025-12-10T00:00:00.000Z', modelVersion: '' },
  ],
  lessons: [{ text: 'L', tags: ['x', 'y'] }],
  actionItems: [{ action: 'A', owner: 'O', status: 'open', link: '' }],
};

describe('form drafts', () => {
  it('round-trips stored retrospective fields through the form unchanged in meaning', () => {
    const draft = draftFrom(RETROSPECTIVE_FORM, stored);
    expect(draft.period).toEqual({ from: '2025-10-01', to: '2026-03-31' });
    expect((draft.lessons as TDraft[])[0]!.tags).toBe('x, y');
    expect(parseFields('retrospective', fieldsFrom(RETROSPECTIVE_FORM, draft))).toEqual(parseFields('retrospective', stored));
  });

  it.each(KINDS)('starts a %s empty and sends a valid empty set of fields', (kind) => {
    const { form } = KIND_FIELDS[kind];
    expect(parseFields(kind, fieldsFrom(form, draftFrom(form, undefined)))).toMatchObject({ ok: true });
  });

  it('drops blank lines and leaves out groups nobody started', () => {
    const draft = { ...draftFrom(RETROSPECTIVE_FORM, undefined), wentWell: ['one', '  ', ''], ethics: { decisions: [''], openRisks: [] } };
    const out = fieldsFrom(RETROSPECTIVE_FORM, draft);
    expect(out.wentWell).toEqual(['one']);
    expect(out).not.toHaveProperty('ethics');
    expect(out).not.toHaveProperty('period');
  });

  it('turns numbers into numbers, keeps what is not one for the schema to name, and gives new participants a role', () => {
    const results = MODEL_CARD_FORM.find((s) => s.type === 'rows' && s.key === 'results');
    if (results?.type !== 'rows') throw new Error('no results rows');
    const row = { ...blankRow(results), metric: 'Recall', slice: '65+', value: '0,37', low: '', high: 'high' };
    const out = fieldsFrom(MODEL_CARD_FORM, { ...draftFrom(MODEL_CARD_FORM, {}), results: [row] });
    expect(out.results).toEqual([{ metric: 'Recall', slice: '65+', value: 0.37, high: 'high' }]);
    const r = parseFields('model_card', out);
    expect(r).toMatchObject({ ok: false, errors: { 'fields.results.0.high': 'Must be a number' } });
    expect(draftFrom(RETROSPECTIVE_FORM, { participants: [{ name: 'A' }] }).participants).toEqual([{ name: 'A', jobRole: 'other' }]);
  });

  it('keeps a checkbox and reads stored numbers back as text', () => {
    const draft = draftFrom(MODEL_CARD_FORM, {
      datasets: [{ name: 'calls', sensitive: true }],
      results: [{ metric: 'm', slice: 's', value: 0.4 }],
    });
    expect((draft.datasets as TDraft[])[0]!.sensitive).toBe(true);
    expect((draft.results as TDraft[])[0]!.value).toBe('0.4');
  });
});

// The form names exactly the fields the schema checks, at every level: a field added to one and
// not the other fails here, not in a person's browser.
type TKeys = { [key: string]: TKeys | true };

function schemaKeys(schema: z.ZodType): TKeys | true {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType } }).def;
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'catch')
    return schemaKeys(def.innerType!);
  if (def.type === 'pipe')
    return (def.out as unknown as { def: { type: string } }).def.type === 'transform' ? schemaKeys(def.in!) : schemaKeys(def.out!);
  if (schema instanceof z.ZodObject)
    return Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, schemaKeys(v as z.ZodType)]));
  if (schema instanceof z.ZodArray) return schemaKeys(schema.element as z.ZodType);
  return true;
}

function formKeys(specs: TFieldSpec[]): TKeys {
  return Object.fromEntries(keyedFields(specs).map((s) => [s.key, s.type === 'group' || s.type === 'rows' ? formKeys(s.fields) : true]));
}

describe('form specs and schemas', () => {
  it.each(KINDS)('%s: the form edits exactly the schema’s fields', (kind) => {
    const { form, schema } = KIND_FIELDS[kind];
    expect(formKeys(form)).toEqual(schemaKeys(schema));
  });
});
