'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { LIMITS, parseTagList } from '@/lib/documents/schemas';
import { slugify } from '@/lib/documents/slugify';
import type { TConflictDetail } from '@/lib/documents/update-document';
import { KIND_INFO, KINDS, type TKind } from '@/lib/kinds/kinds';
import { KIND_FIELDS, parseFields } from '@/lib/kinds/fields';
import { draftFrom, fieldsFrom, type TDraft } from '@/lib/kinds/form-spec';
import { FieldsForm } from './fields/fields-form';
import { ConflictNotice } from './conflict-notice';
import { MarkdownInput } from './markdown-input';
import { useDraftBackup } from './use-draft-backup';
import { usePreview } from './use-preview';

type TStatus = 'draft' | 'published';

export type TEditorProps =
  | {
      mode: 'create';
      projects: { slug: string; name: string }[];
      // The standard outline of each kind (content/templates/), to start from.
      templates: Partial<Record<TKind, { body: string; fields: unknown }>>;
      initial: { kind: TKind; projectSlug: string | null; title: string };
    }
  | {
      mode: 'edit';
      id: string;
      path: string;
      projectSlug: string | null;
      kind: TKind;
      initial: { version: number; title: string; body: string; tags: string[]; status: TStatus; fields: unknown };
    };

type TSaveError = { error: string; fields?: Record<string, string>; detail?: TConflictDetail };

export function DocumentEditor(props: TEditorProps) {
  const router = useRouter();
  const init = props.initial;
  const templateOf = (k: TKind) => (props.mode === 'create' ? props.templates[k] : undefined);
  const [title, setTitle] = useState(init.title);
  const [body, setBody] = useState(props.mode === 'edit' ? props.initial.body : (templateOf(props.initial.kind)?.body ?? ''));
  const [tags, setTags] = useState(props.mode === 'edit' ? props.initial.tags.join(', ') : '');
  const [status, setStatus] = useState<TStatus>(props.mode === 'edit' ? props.initial.status : 'published');
  const [kind, setKind] = useState<TKind>(props.mode === 'create' ? props.initial.kind : props.kind);
  const [draft, setDraft] = useState<TDraft>(() =>
    draftFrom(
      KIND_FIELDS[props.mode === 'create' ? props.initial.kind : props.kind].form,
      props.mode === 'edit' ? props.initial.fields : templateOf(props.initial.kind)?.fields,
    ),
  );
  const [projectSlug, setProjectSlug] = useState<string | null>(props.mode === 'create' ? props.initial.projectSlug : props.projectSlug);
  const [message, setMessage] = useState('');
  const [slug, setSlug] = useState('');
  // The version this draft is based on, and its text: what a conflict is measured against.
  const [base, setBase] = useState(props.mode === 'edit' ? { version: props.initial.version, body: props.initial.body } : null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<TSaveError | null>(null);
  // Marks the form interactive once React has hydrated it (text typed before that is reset).
  const ready = useHydrated();
  const preview = usePreview(body, projectSlug);
  const draftKey = props.mode === 'edit' ? `edit:${props.id}` : 'new';
  const form = KIND_FIELDS[kind].form;
  const backup = useDraftBackup(draftKey, { title, body, fields: draft }, (d) => {
    setTitle(d.title);
    setBody(d.body);
    // A backup made before a form changed shape is read like stored fields.
    if (d.fields) setDraft(draftFrom(form, fieldsFrom(form, d.fields as TDraft)));
  });

  async function save(baseVersion = base?.version) {
    const fields = fieldsFrom(form, draft);
    // The same schema the server applies, so messages appear before anything is sent.
    const checked = parseFields(kind, fields);
    if (!checked.ok) {
      setProblem({ error: 'Some structured fields need attention.', fields: checked.errors });
      return;
    }
    setSaving(true);
    setProblem(null);
    const payload = {
      title,
      body,
      tags: parseTagList(tags),
      status,
      fields,
      ...(props.mode === 'create'
        ? { kind, projectSlug, ...(slug.trim() ? { slug: slug.trim() } : {}) }
        : { id: props.id, baseVersion, message }),
    };
    try {
      const res = await fetch(props.mode === 'create' ? '/api/documents' : `/api/documents/${props.mode === 'edit' ? props.id : ''}`, {
        method: props.mode === 'create' ? 'POST' : 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      const data = (await res.json().catch(() => ({ error: 'The server sent an unreadable answer.' }))) as { path: string } | TSaveError;
      if (res.ok && 'path' in data) {
        backup.clear();
        router.push(data.path);
        router.refresh();
        return;
      }
      setProblem(data as TSaveError);
    } catch {
      setProblem({ error: 'Could not reach the server. Your text is still here; try again.' });
    } finally {
      setSaving(false);
    }
  }

  const fields = problem?.fields ?? {};
  const conflict = problem?.detail;
  const bodyBytes = new TextEncoder().encode(body).length;

  return (
    <form
      data-ready={ready || undefined}
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
    >
      {backup.offer && (
        <div className="alert info" role="status">
          You have unsaved text from {backup.offer.savedAt.toLocaleString()} in this browser.{' '}
          <button type="button" onClick={backup.restore}>
            Restore it
          </button>{' '}
          <button type="button" onClick={backup.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {problem && !conflict && (
        <div className="alert" role="alert">
          {problem.error}
        </div>
      )}
      {conflict && base && (
        <ConflictNotice
          message={problem!.error}
          base={base}
          current={conflict.current}
          draftBody={body}
          onSaveMine={() => {
            setBase({ version: conflict.current.version, body: conflict.current.body });
            void save(conflict.current.version);
          }}
          onTakeTheirs={() => {
            setBase({ version: conflict.current.version, body: conflict.current.body });
            setTitle(conflict.current.title);
            setBody(conflict.current.body);
            setTags(conflict.current.tags.join(', '));
            setDraft(draftFrom(form, conflict.current.fields));
            setProblem(null);
          }}
        />
      )}
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={LIMITS.title} required />
        {fields.title && <span className="field-error">{fields.title}</span>}
      </label>
      {props.mode === 'create' && (
        <div className="row">
          <label>
            Kind
            <select
              value={kind}
              onChange={(e) => {
                const next = e.target.value as TKind;
                // Swap the outline only while the user has not written anything of their own.
                if (body === (templateOf(kind)?.body ?? '')) setBody(templateOf(next)?.body ?? '');
                setDraft(draftFrom(KIND_FIELDS[next].form, templateOf(next)?.fields));
                setKind(next);
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
            Project
            <select value={projectSlug ?? ''} onChange={(e) => setProjectSlug(e.target.value || null)}>
              <option value="">No project (team-wide)</option>
              {props.projects.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </select>
            {fields.projectSlug && <span className="field-error">{fields.projectSlug}</span>}
          </label>
        </div>
      )}
      {props.mode === 'create' && (
        <label>
          URL slug <span className="meta">optional</span>
          <input value={slug} onChange={(e) => setSlug(e.target.value)} placeholder={slugify(title) || 'my-page'} maxLength={LIMITS.slug} />
          {fields.slug && <span className="field-error">{fields.slug}</span>}
        </label>
      )}
      <div className="row">
        <label>
          Tags <span className="meta">comma-separated</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="drift, monitoring" />
          {Object.entries(fields)
            .filter(([k]) => k.startsWith('tags'))
            .map(([k, v]) => (
              <span key={k} className="field-error">
                {v}
              </span>
            ))}
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as TStatus)}>
            <option value="published">Published</option>
            <option value="draft">Draft</option>
          </select>
        </label>
      </div>
      <FieldsForm label={KIND_INFO[kind].label} specs={form} value={draft} onChange={setDraft} errors={fields} />
      <div className="editor-panes">
        <div>
          <div className="pane-label">
            Markdown · {(bodyBytes / 1024).toFixed(1)} KiB of {LIMITS.bodyBytes / 1024} KiB · link pages with [[Title]]
          </div>
          <div className="pane">
            <MarkdownInput value={body} onChange={setBody} />
          </div>
          {fields.body && <span className="field-error">{fields.body}</span>}
        </div>
        <div>
          <div className="pane-label">Preview</div>
          <div className="pane preview prose" data-testid="preview">
            {preview.error ? <p className="field-error">{preview.error}</p> : <div dangerouslySetInnerHTML={{ __html: preview.html }} />}
          </div>
        </div>
      </div>
      {props.mode === 'edit' && (
        <label>
          What changed? <span className="meta">optional, shown in the history</span>
          <input value={message} onChange={(e) => setMessage(e.target.value)} maxLength={LIMITS.message} />
          {fields.message && <span className="field-error">{fields.message}</span>}
        </label>
      )}
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : props.mode === 'create' ? 'Create document' : 'Save'}
        </button>
        <a className="button" href={props.mode === 'edit' ? props.path : '/'}>
          Cancel
        </a>
      </div>
    </form>
  );
}
