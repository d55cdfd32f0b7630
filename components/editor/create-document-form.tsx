'use client';

import { useState } from 'react';
import { LIMITS } from '@/lib/documents/schemas';
import { slugify } from '@/lib/documents/slugify';
import { KIND_INFO, KINDS, type TKind } from '@/lib/kinds/kinds';
import { DraftFields, DraftForm, TitleField } from './editor-parts';
import { LabelLine } from './fields/field-parts';
import { initialDraft, useDocumentDraft } from './use-document-draft';
import { useDraftBackup } from './use-draft-backup';
import { splitTemplate } from '@/lib/templates/split-template';
import { EditorBar } from './editor-bar';

type TTemplate = { body: string; fields: unknown };
export type TCreateProps = {
  projects: { slug: string; name: string }[];
  // The standard outline of each kind (content/templates/), to start from.
  templates: Partial<Record<TKind, TTemplate>>;
  initial: { kind: TKind; projectSlug: string | null; title: string };
};

// A new page starts with its template's outline; the template's instructions are shown as
// guidance above the editor and never saved as the page's text.
const outlineOf = (template: TTemplate | undefined) => (template ? splitTemplate(template.body).outline : '');

function TemplateGuidance({ kind, template }: { kind: TKind; template: TTemplate | undefined }) {
  const guidance = template ? splitTemplate(template.body).guidance : '';
  if (!guidance) return null;
  return (
    <details className="template-guidance" open data-testid="template-guidance">
      <summary>How to write a {KIND_INFO[kind].label.toLowerCase()}: the template’s guidance (not saved with the page)</summary>
      <div className="meta">{guidance}</div>
    </details>
  );
}

/** "New document": a kind, a project and a slug on top of what every document has. */
export function CreateDocumentForm({ projects, templates, initial }: TCreateProps) {
  const [projectSlug, setProjectSlug] = useState<string | null>(initial.projectSlug);
  const [slug, setSlug] = useState('');
  const { state, dispatch, save } = useDocumentDraft(() =>
    initialDraft(initial.kind, {
      title: initial.title,
      body: outlineOf(templates[initial.kind]),
      fields: templates[initial.kind]?.fields,
      // A new page is a draft, seen by its author and the project's editors, until published.
      status: 'draft',
    }),
  );
  const backup = useDraftBackup('new', { title: state.title, body: state.body, fields: state.fields }, (d) =>
    dispatch({ type: 'restore', ...d }),
  );
  const errors = state.problem?.fields ?? {};

  return (
    <DraftForm
      backup={backup}
      problem={state.problem}
      onSubmit={() =>
        void save({
          url: '/api/documents',
          method: 'POST',
          extra: { kind: state.kind, projectSlug, ...(slug.trim() ? { slug: slug.trim() } : {}) },
          onSaved: backup.clear,
        })
      }
    >
      <TitleField state={state} dispatch={dispatch} />
      <div className="row">
        <label>
          Kind
          <select
            value={state.kind}
            onChange={(e) => {
              const next = e.target.value as TKind;
              // The outline is swapped only while the person has not written anything of their own.
              const template = templates[next];
              dispatch({
                type: 'kind',
                value: next,
                template: template && { body: outlineOf(template), fields: template.fields },
                previousTemplateBody: outlineOf(templates[state.kind]),
              });
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_INFO[k].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <LabelLine error={errors.projectSlug}>Project</LabelLine>
          <select value={projectSlug ?? ''} onChange={(e) => setProjectSlug(e.target.value || null)}>
            <option value="">No project (team-wide)</option>
            {projects.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <LabelLine error={errors.slug}>
          URL slug <span className="meta">optional</span>
        </LabelLine>
        <input
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          placeholder={slugify(state.title) || 'my-page'}
          maxLength={LIMITS.slug}
        />
      </label>
      <TemplateGuidance kind={state.kind} template={templates[state.kind]} />
      <DraftFields state={state} dispatch={dispatch} projectSlug={projectSlug} />
      <EditorBar state={state} label="Create document" cancelHref="/" />
    </DraftForm>
  );
}
