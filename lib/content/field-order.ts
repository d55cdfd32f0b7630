// Structured fields in the order their form shows them, days as days. PostgreSQL's jsonb keeps
// keys in its own order (shortest first) and days as midnight UTC; files read best, and diff
// best, in the order a person fills them in and with the dates they typed (2026-03-31).
import { keyedFields, type TFieldSpec } from '@/lib/kinds/form-spec';

type TObject = Record<string, unknown>;
const isObject = (v: unknown): v is TObject => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

export function orderFields(specs: TFieldSpec[], value: unknown): unknown {
  if (!isObject(value)) return value;
  const out: TObject = {};
  for (const spec of keyedFields(specs)) {
    if (!(spec.key in value)) continue;
    const v = value[spec.key];
    if (spec.type === 'group') out[spec.key] = orderFields(spec.fields, v);
    else if (spec.type === 'rows' && Array.isArray(v)) out[spec.key] = v.map((row) => orderFields(spec.fields, row));
    else if (spec.type === 'date' && typeof v === 'string') out[spec.key] = v.replace(/^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/, '$1');
    else out[spec.key] = v;
  }
  // Anything the form does not show (none today) keeps its place at the end.
  for (const [k, v] of Object.entries(value)) if (!(k in out)) out[k] = v;
  return out;
}
