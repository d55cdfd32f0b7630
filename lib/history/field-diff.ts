// What changed in a kind's structured fields between two versions, said the way a person reads
// it ("Results by subgroup › Recall in top decile / age 65+ › Value: 0.34 → 0.37"), walked from
// the same form spec the editor uses. Rows are matched by what names them, not by position, so
// a row added at the top does not read as every row changed. Pure.
import { draftFrom, keyedFields, type TDraft, type TDraftValue, type TFieldSpec } from '@/lib/kinds/form-spec';

export type TFieldChange =
  | { op: 'changed'; where: string[]; label: string; from: string; to: string }
  | { op: 'added' | 'removed'; where: string[]; label: string; value: string };

type TKeyed = Exclude<TFieldSpec, { type: 'row' }>;
type TRowsSpec = Extract<TFieldSpec, { type: 'rows' }>;

/** A value as the page shows it: option labels, yes/no, lists joined. */
function shown(spec: TKeyed, v: TDraftValue | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : '';
  if (spec.type === 'select') return spec.options.find((o) => o.value === v)?.label ?? String(v);
  if (spec.type === 'tags')
    return String(v)
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .join(', ');
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' && x.trim()).join('; ');
  return typeof v === 'string' ? v.trim() : '';
}

function rowName(spec: TRowsSpec, row: TDraft): string {
  const keys = spec.identity ?? [keyedFields(spec.fields)[0]!.key];
  const byKey = new Map(keyedFields(spec.fields).map((f) => [f.key, f]));
  const name = keys
    .map((k) => shown(byKey.get(k)!, row[k]))
    .filter(Boolean)
    .join(' / ');
  return name || `(unnamed ${spec.item})`;
}

/** The filled parts of a row, for saying what was added or removed. */
function rowSummary(spec: TRowsSpec, row: TDraft): string {
  const identity = new Set(spec.identity ?? [keyedFields(spec.fields)[0]!.key]);
  return keyedFields(spec.fields)
    .filter((f) => !identity.has(f.key))
    .map((f) => [f.label, shown(f, row[f.key])] as const)
    .filter(([, v]) => v)
    .map(([label, v]) => `${label}: ${v}`)
    .join(' · ');
}

function diffLines(spec: TKeyed, before: string[], after: string[], where: string[], out: TFieldChange[]) {
  const clean = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
  const left = clean(before);
  const right = clean(after);
  const remaining = [...right];
  for (const line of left) {
    const at = remaining.indexOf(line);
    if (at >= 0) remaining.splice(at, 1);
    else out.push({ op: 'removed', where, label: spec.label, value: line });
  }
  const kept = [...left];
  for (const line of right) {
    const at = kept.indexOf(line);
    if (at >= 0) kept.splice(at, 1);
    else out.push({ op: 'added', where, label: spec.label, value: line });
  }
}

function diffRows(spec: TRowsSpec, before: TDraft[], after: TDraft[], where: string[], out: TFieldChange[]) {
  const here = [...where, spec.label];
  const waiting = new Map<string, TDraft[]>();
  for (const row of before) {
    const name = rowName(spec, row);
    waiting.set(name, [...(waiting.get(name) ?? []), row]);
  }
  const item = spec.item.charAt(0).toUpperCase() + spec.item.slice(1);
  for (const row of after) {
    const name = rowName(spec, row);
    const match = waiting.get(name)?.shift();
    if (match) diffLevel(spec.fields, match, row, [...here, name], out);
    else out.push({ op: 'added', where: here, label: `${item} ${name}`, value: rowSummary(spec, row) });
  }
  for (const [name, rows] of waiting) {
    for (const row of rows) out.push({ op: 'removed', where: here, label: `${item} ${name}`, value: rowSummary(spec, row) });
  }
}

function diffLevel(specs: TFieldSpec[], before: TDraft, after: TDraft, where: string[], out: TFieldChange[]) {
  for (const spec of keyedFields(specs)) {
    const b = before[spec.key];
    const a = after[spec.key];
    if (spec.type === 'group') diffLevel(spec.fields, b as TDraft, a as TDraft, [...where, spec.label], out);
    else if (spec.type === 'rows') diffRows(spec, b as TDraft[], a as TDraft[], where, out);
    else if (spec.type === 'lines') diffLines(spec, b as string[], a as string[], where, out);
    else {
      const from = shown(spec, b);
      const to = shown(spec, a);
      if (from === to) continue;
      if (!from) out.push({ op: 'added', where, label: spec.label, value: to });
      else if (!to) out.push({ op: 'removed', where, label: spec.label, value: from });
      else out.push({ op: 'changed', where, label: spec.label, from, to });
    }
  }
}

/** Every change in the structured fields from `before` to `after`, in the form's order. */
export function diffFields(form: TFieldSpec[], before: unknown, after: unknown): TFieldChange[] {
  const out: TFieldChange[] = [];
  diffLevel(form, draftFrom(form, before), draftFrom(form, after), [], out);
  return out;
}

/** One change as a sentence, for lists, notifications and tests. */
export function describeChange(c: TFieldChange): string {
  const at = [...c.where, c.label].join(' › ');
  if (c.op === 'changed') return `${at}: ${c.from} → ${c.to}`;
  return `${at} ${c.op}${c.value ? `: ${c.value}` : ''}`;
}
