// How a kind's structured fields appear in the editor. One declarative spec per kind drives the
// form (components/editor/fields/fields-form.tsx) and the conversion between what is stored and
// the strings a form edits. Pure: shared by the browser and the tests.

type TBase = { key: string; label: string };
type TOption = { value: string; label: string };

export type TFieldSpec =
  | (TBase & { type: 'text'; long?: boolean; hint?: string })
  | (TBase & { type: 'date' | 'number' | 'check' })
  | (TBase & { type: 'select'; options: readonly TOption[]; blank?: string; initial?: string })
  | (TBase & { type: 'lines' | 'tags'; hint?: string })
  // identity: the keys that name a row when versions are compared (default: its first field).
  | (TBase & { type: 'rows'; item: string; fields: TFieldSpec[]; identity?: string[] })
  | (TBase & { type: 'group'; fields: TFieldSpec[] })
  // Layout only: fields side by side (and an optional caption); keys stay at the same level.
  | { type: 'row'; label?: string; fields: TFieldSpec[] };

export type TDraft = { [key: string]: TDraftValue };
export type TDraftValue = string | boolean | string[] | TDraft | TDraft[];

type TStored = Record<string, unknown>;
const asObject = (v: unknown): TStored => (v && typeof v === 'object' && !Array.isArray(v) ? (v as TStored) : {});
const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asLines = (v: unknown) => (Array.isArray(v) ? v.map(asString) : []);

/** Every field with a key, looking through layout rows. */
export function keyedFields(specs: TFieldSpec[]): Exclude<TFieldSpec, { type: 'row' }>[] {
  return specs.flatMap((s) => (s.type === 'row' ? keyedFields(s.fields) : [s]));
}

function draftValue(spec: Exclude<TFieldSpec, { type: 'row' }>, v: unknown): TDraftValue {
  switch (spec.type) {
    case 'date':
      return asString(v).slice(0, 10);
    case 'check':
      return v === true;
    case 'select':
      return asString(v) || (spec.initial ?? (spec.blank === undefined ? (spec.options[0]?.value ?? '') : ''));
    case 'lines':
      return asLines(v);
    case 'tags':
      return asLines(v).join(', ');
    case 'rows':
      return (Array.isArray(v) ? v : []).map((row) => draftFrom(spec.fields, row));
    case 'group':
      return draftFrom(spec.fields, v);
    default:
      return asString(v);
  }
}

/** The form's starting state from stored (or template) fields. */
export function draftFrom(specs: TFieldSpec[], raw: unknown): TDraft {
  const f = asObject(raw);
  return Object.fromEntries(keyedFields(specs).map((s) => [s.key, draftValue(s, f[s.key])]));
}

/** An empty item for a list of rows. */
export function blankRow(spec: Extract<TFieldSpec, { type: 'rows' }>): TDraft {
  return draftFrom(spec.fields, {});
}

const nonEmpty = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);

function isEmpty(v: TDraftValue): boolean {
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return v.every((x) => (typeof x === 'string' ? x.trim() === '' : isEmpty(x)));
  return Object.values(v).every(isEmpty);
}

function fieldValue(spec: Exclude<TFieldSpec, { type: 'row' }>, v: TDraftValue): unknown {
  switch (spec.type) {
    case 'date':
      return v === '' ? undefined : v;
    case 'select':
      return v === '' ? undefined : v;
    case 'number': {
      const s = String(v).trim();
      if (s === '') return undefined;
      const n = Number(s.replace(',', '.'));
      return Number.isFinite(n) ? n : s; // the schema names a non-number
    }
    case 'lines':
      return nonEmpty(v as string[]);
    case 'tags':
      return nonEmpty(String(v).split(','));
    case 'rows':
      return (v as TDraft[]).map((row) => fieldsFrom(spec.fields, row));
    case 'group':
      // A group nobody started is left out, so its required parts do not complain.
      return isEmpty(v) ? undefined : fieldsFrom(spec.fields, v as TDraft);
    default:
      return v;
  }
}

/** What the form sends: blank lines dropped, empty dates and groups left out, tags split. */
export function fieldsFrom(specs: TFieldSpec[], draft: TDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of keyedFields(specs)) {
    const value = fieldValue(s, draft[s.key] ?? draftValue(s, undefined));
    if (value !== undefined) out[s.key] = value;
  }
  return out;
}
