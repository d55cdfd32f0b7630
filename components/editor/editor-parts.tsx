'use client';

import { SimilarPanel } from '@/components/similar/similar-panel';
import { useEffect, useRef, type Dispatch, type ReactNode } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { LIMITS, parseTagList } from '@/lib/documents/schemas';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import { KIND_INFO } from '@/lib/kinds/kinds';
import { FieldsForm } from './fields/fields-form';
import { LabelLine } from './fields/field-parts';
import { MarkdownInput } from './markdown-input';
import type { TDraftAction, TDraftState, TSaveProblem, TStatus } from './use-document-draft';
import type { useDraftBackup } from './use-draft-backup';
import { usePreview } from './use-preview';
import { useAttachments } from './use-attachments';

// The parts both editor forms share: the backup offer, the save problem, title, tags and
// status, the kind's structured fields, the Markdown with its live preview, and the buttons.

/**
 * The form around both editors: marked ready once hydrated (text typed before that is reset, so
 * browser tests wait for it), with the backup offer and the save problem on top.
 */
export function DraftForm(props: {
  backup: ReturnType<typeof useDraftBackup>;
  problem: TSaveProblem | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const ready = useHydrated();
  const form = useRef<HTMLFormElement>(null);
  // Ctrl-S / ⌘-S saves, as in every editor, instead of the browser saving the page as a file.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      form.current?.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form
      ref={form}
      data-ready={ready || undefined}
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      noValidate
    >
      <BackupOffer backup={props.backup} />
      <SaveProblem problem={props.problem} />
      {props.children}
    </form>
  );
}

function BackupOffer({ backup }: { backup: ReturnType<typeof useDraftBackup> }) {
  if (!backup.offer) return null;
  return (
    <div className="alert info" role="status">
      You have unsaved text from {backup.offer.savedAt.toLocaleString()} in this browser.{' '}
      <button type="button" onClick={backup.restore}>
        Restore it
      </button>{' '}
      <button type="button" onClick={backup.dismiss}>
        Dismiss
      </button>
    </div>
  );
}

function SaveProblem({ problem }: { problem: TSaveProblem | null }) {
  if (!problem || problem.detail) return null;
  return (
    <div className="alert" role="alert">
      {problem.error}
    </div>
  );
}

export function TitleField({ state, dispatch }: { state: TDraftState; dispatch: Dispatch<TDraftAction> }) {
  return (
    <label>
      <LabelLine error={state.problem?.fields.title}>Title</LabelLine>
      <input
        value={state.title}
        onChange={(e) => dispatch({ type: 'text', field: 'title', value: e.target.value })}
        maxLength={LIMITS.title}
        required
      />
    </label>
  );
}

/** Tags, status, the structured fields and the Markdown body with its preview. */
const WITH_SIMILAR = new Set(['retrospective', 'runbook', 'model_card']);

export function DraftFields({
  state,
  dispatch,
  projectSlug,
  documentId = null,
}: {
  state: TDraftState;
  dispatch: Dispatch<TDraftAction>;
  projectSlug: string | null;
  /** The page being edited (left out of similar work), or null for a new one. */
  documentId?: string | null;
}) {
  const preview = usePreview(state.body, projectSlug);
  const attachments = useAttachments(documentId);
  const errors = state.problem?.fields ?? {};
  const bodyBytes = new TextEncoder().encode(state.body).length;
  const withSimilar = WITH_SIMILAR.has(state.kind);
  const fields = (
    <>
      <div className="row">
        <label>
          <LabelLine error={Object.entries(errors).find(([k]) => k.startsWith('tags'))?.[1]}>
            Tags <span className="meta">comma-separated</span>
          </LabelLine>
          <input
            value={state.tags}
            onChange={(e) => dispatch({ type: 'text', field: 'tags', value: e.target.value })}
            placeholder="drift, monitoring"
          />
        </label>
        <label>
          Status
          <select
            data-testid="document-status"
            value={state.status}
            onChange={(e) => dispatch({ type: 'status', value: e.target.value as TStatus })}
          >
            <option value="published">Published</option>
            <option value="draft">Draft</option>
          </select>
        </label>
      </div>
      <FieldsForm
        label={KIND_INFO[state.kind].label}
        specs={KIND_FIELDS[state.kind].form}
        value={state.fields}
        onChange={(value) => dispatch({ type: 'fields', value })}
        errors={errors}
      />
      <div className="editor-panes">
        <div>
          <div className="pane-label">
            <LabelLine error={errors.body}>
              Markdown · {(bodyBytes / 1024).toFixed(1)} KiB of {LIMITS.bodyBytes / 1024} KiB · link pages with [[Title]]
              {documentId ? ' · paste or drop images and files' : ' · save the draft once to attach images and files'}
            </LabelLine>
          </div>
          <div className="pane">
            <MarkdownInput
              value={state.body}
              onChange={(value) => dispatch({ type: 'text', field: 'body', value })}
              {...(attachments.attach ? { attach: attachments.attach } : {})}
            />
          </div>
          {attachments.note && (
            <p className={attachments.note.error ? 'field-error' : 'meta'} role="status" data-testid="attach-status">
              {attachments.note.text}
            </p>
          )}
        </div>
        <div>
          <div className="pane-label">Preview</div>
          <div className="pane preview prose" data-testid="preview">
            {preview.error ? <p className="field-error">{preview.error}</p> : <div dangerouslySetInnerHTML={{ __html: preview.html }} />}
          </div>
        </div>
      </div>
    </>
  );
  if (!withSimilar) return fields;
  // Similar past work in a column beside the form, staying in view while the writer scrolls.
  return (
    <div className="editor-with-similar">
      <div className="form">{fields}</div>
      <SimilarPanel
        draft={{
          kind: state.kind,
          title: state.title,
          body: state.body,
          tags: parseTagList(state.tags),
          fields: state.fields,
          projectSlug,
          documentId,
        }}
      />
    </div>
  );
}
