'use client';

// The structured half of any kind, drawn from its spec (lib/kinds/*-form specs); the narrative
// stays in the Markdown next to it. Messages come from the same schema the server applies.
import type { ReactNode } from 'react';
import { blankRow, keyedFields, type TDraft, type TDraftValue, type TFieldSpec } from '@/lib/kinds/form-spec';
import { DateInput } from './date-input';
import { Field, idOf, LabelLine, LinesField, RowsEditor, type TErrors } from './field-parts';

type TProps = { specs: TFieldSpec[]; value: TDraft; onChange: (d: TDraft) => void; errors: TErrors; path: string };

function Fields({ specs, value, onChange, errors, path }: TProps): ReactNode {
  const set = (key: string, v: TDraftValue) => onChange({ ...value, [key]: v });
  return specs.map((spec, i) => {
    if (spec.type === 'row') {
      return (
        <div className="row" key={i}>
          <Fields specs={spec.fields} value={value} onChange={onChange} errors={errors} path={path} />
        </div>
      );
    }
    const at = `${path}.${spec.key}`;
    const v = value[spec.key];
    switch (spec.type) {
      case 'rows':
        return (
          <RowsEditor
            key={spec.key}
            title={spec.label}
            item={spec.item}
            rows={v as TDraft[]}
            onChange={(rows) => set(spec.key, rows)}
            blank={() => blankRow(spec)}
            render={(row, update, n) => <Fields specs={spec.fields} value={row} onChange={update} errors={errors} path={`${at}.${n}`} />}
          />
        );
      case 'group':
        return (
          <fieldset key={spec.key} className="group">
            <legend>
              <LabelLine error={errors[at]}>{spec.label}</LabelLine>
            </legend>
            <Fields specs={spec.fields} value={v as TDraft} onChange={(g) => set(spec.key, g)} errors={errors} path={at} />
          </fieldset>
        );
      case 'lines':
        return (
          <LinesField
            key={spec.key}
            label={spec.label}
            hint={spec.hint}
            value={v as string[]}
            onChange={(lines) => set(spec.key, lines)}
            error={errors[at] ?? (v as string[]).map((_, n) => errors[`${at}.${n}`]).find(Boolean)}
          />
        );
      case 'check':
        return (
          <label key={spec.key} className="check">
            <input type="checkbox" checked={v as boolean} onChange={(e) => set(spec.key, e.target.checked)} /> {spec.label}
          </label>
        );
      case 'select':
        return (
          <Field key={spec.key} label={spec.label} error={errors[at]}>
            <select value={v as string} onChange={(e) => set(spec.key, e.target.value)}>
              {spec.blank !== undefined && <option value="">{spec.blank}</option>}
              {spec.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        );
      case 'tags':
        return (
          <Field
            key={spec.key}
            label={`${spec.label} (comma-separated)`}
            error={errors[at] ?? Object.entries(errors).find(([k]) => k.startsWith(`${at}.`))?.[1]}
          >
            <input value={v as string} placeholder={spec.hint} onChange={(e) => set(spec.key, e.target.value)} />
          </Field>
        );
      case 'text':
        return (
          <Field key={spec.key} label={spec.label} error={errors[at]}>
            {spec.long ? (
              <textarea rows={2} value={v as string} placeholder={spec.hint} onChange={(e) => set(spec.key, e.target.value)} />
            ) : (
              <input value={v as string} placeholder={spec.hint} onChange={(e) => set(spec.key, e.target.value)} />
            )}
          </Field>
        );
      case 'date':
        return (
          <Field key={spec.key} label={spec.label} error={errors[at]}>
            <DateInput value={v as string} onChange={(day) => set(spec.key, day)} />
          </Field>
        );
      default:
        return (
          <Field key={spec.key} label={spec.label} error={errors[at]}>
            <input type="number" inputMode="decimal" step="any" value={v as string} onChange={(e) => set(spec.key, e.target.value)} />
          </Field>
        );
    }
  });
}

type TSection = { id: string; label: string; specs: TFieldSpec[]; keys: string[] };

/**
 * The form's sections: each labelled block (a group, a list of rows, a labelled row) starts one;
 * unlabelled fields join the section before them (the first ones make "Overview").
 */
function sectionsOf(specs: TFieldSpec[]): TSection[] {
  const out: TSection[] = [];
  for (const spec of specs) {
    const label = spec.type === 'group' || spec.type === 'rows' || spec.type === 'row' ? spec.label : undefined;
    if (label || out.length === 0) {
      const name = label ?? 'Overview';
      out.push({
        id: idOf(name),
        label: name,
        specs: [],
        keys: [],
      });
    }
    const section = out.at(-1)!;
    section.specs.push(spec);
    section.keys.push(...keyedFields([spec]).map((f) => `fields.${f.key}`));
  }
  return out;
}

/**
 * The kind's fields in sections, each collapsible and listed at the top to jump to; a section
 * says how many of its fields need attention, so a folded one still shows its problems.
 */
export function FieldsForm({ label, specs, value, onChange, errors }: Omit<TProps, 'path'> & { label: string }) {
  const sections = sectionsOf(specs);
  const problems = (s: TSection) => Object.keys(errors).filter((k) => s.keys.some((key) => k === key || k.startsWith(`${key}.`))).length;
  return (
    <section className="fields-form form" aria-label={`${label} fields`}>
      <h2>
        <LabelLine error={errors.fields}>{label}</LabelLine>
      </h2>
      {sections.length > 2 && (
        <nav className="form-sections" aria-label={`${label} sections`}>
          {sections.map((s) => (
            <a key={s.id} href={`#form-${s.id}`}>
              {s.label}
            </a>
          ))}
        </nav>
      )}
      {sections.map((s) => (
        <details key={s.id} id={`form-${s.id}`} className={s.specs.length === 1 ? 'form-section single' : 'form-section'} open>
          <summary>
            {s.label}
            {problems(s) > 0 && <span className="badge draft"> {problems(s)} to fix</span>}
          </summary>
          <Fields specs={s.specs} value={value} onChange={onChange} errors={errors} path="fields" />
        </details>
      ))}
    </section>
  );
}
