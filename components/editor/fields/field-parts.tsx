'use client';

// Small form parts for structured fields: a labelled input with its message, a textarea that
// edits a list of lines, and an editor for repeatable rows.
import type { ReactNode } from 'react';

export type TErrors = Record<string, string>;

/** An id made of a label ("Results by subgroup" → "results-by-subgroup"), for anchors and test ids. */
export const idOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');

/**
 * A label's first line, with the field's message at its end: a message appearing or going never
 * moves the field or the fields around it (a long one is cut short on screen, and read whole by
 * screen readers and in its tooltip).
 */
export function LabelLine({ error, children }: { error?: string | undefined; children: ReactNode }) {
  return (
    <span className="label-line">
      <span>{children}</span>
      {error && (
        <span className="field-error" title={error}>
          {error}
        </span>
      )}
    </span>
  );
}

export function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <label>
      <LabelLine error={error}>{label}</LabelLine>
      {children}
    </label>
  );
}

/** One entry per line, for lists of short texts ("went well", "open risks", ...). */
export function LinesField({
  label,
  hint,
  value,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  return (
    <Field label={`${label} (one per line)`} error={error}>
      <textarea
        rows={Math.max(2, value.length + 1)}
        value={value.join('\n')}
        placeholder={hint}
        onChange={(e) => onChange(e.target.value.split('\n'))}
      />
    </Field>
  );
}

/** Repeatable rows (decisions, subgroup results, alerts, ...): add, edit in place, remove. */
export function RowsEditor<T>({
  title,
  item,
  rows,
  onChange,
  blank,
  render,
}: {
  title: string;
  item: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  render: (row: T, set: (next: T) => void, index: number) => ReactNode;
}) {
  const id = idOf(title);
  return (
    <fieldset className="rows">
      <legend>{title}</legend>
      {rows.map((row, i) => (
        <div key={i} className="row-item" data-testid={`${id}-${i}`}>
          {render(row, (next) => onChange(rows.map((r, j) => (j === i ? next : r))), i)}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, blank()])}>
        Add {item}
      </button>
    </fieldset>
  );
}
