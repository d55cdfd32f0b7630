'use client';

// Small form parts for structured fields: a labelled input with its message, a textarea that
// edits a list of lines, and an editor for repeatable rows.
import type { ReactNode } from 'react';

export type TErrors = Record<string, string>;

export function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <label>
      {label}
      {children}
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

/** One entry per line, for lists of short texts ("went well", "open risks", ...). */
export function LinesField({ label, value, onChange, errorOf }: { label: string; value: string[]; onChange: (v: string[]) => void; errorOf: (i: number) => string | undefined }) {
  const errors = value.map((_, i) => errorOf(i)).filter(Boolean);
  return (
    <Field label={`${label} (one per line)`} error={errors[0]}>
      <textarea rows={Math.max(2, value.length + 1)} value={value.join('\n')} onChange={(e) => onChange(e.target.value.split('\n'))} />
    </Field>
  );
}

/** Repeatable rows (decisions, lessons, action items): add, edit in place, remove. */
export function RowsEditor<T>({
  title,
  rows,
  onChange,
  blank,
  render,
}: {
  title: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  render: (row: T, set: (patch: Partial<T>) => void, index: number) => ReactNode;
}) {
  return (
    <fieldset className="rows">
      <legend>{title}</legend>
      {rows.map((row, i) => (
        <div key={i} className="row-item" data-testid={`${title.toLowerCase().replace(/\s+/g, '-')}-${i}`}>
          {render(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))), i)}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, blank()])}>
        Add {title.toLowerCase().replace(/s$/, '')}
      </button>
    </fieldset>
  );
}
