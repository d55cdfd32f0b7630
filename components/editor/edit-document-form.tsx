'use client';

import { useState } from 'react';
import { LIMITS } from '@/lib/documents/schemas';
import type { TKind } from '@/lib/kinds/kinds';
import { ConflictNotice } from './conflict-notice';
import { DraftFields, DraftForm, TitleField } from './editor-parts';
import { LabelLine } from './fields/field-parts';
import { initialDraft, useDocumentDraft, type TStatus } from './use-document-draft';
import { useDraftBackup } from './use-draft-backup';
import { EditorBar } from './editor-bar';

export type TEditProps = {
  id: string;
  path: string;
  projectSlug: string | null;
  kind: TKind;
  initial: { version: number; title: string; body: string; tags: string[]; status: TStatus; fields: unknown };
};

/**
 * Editing a version: every save says which version it was based on. When someone saved in
 * between, the server answers 409 with their version; the person's text stays, and they choose
 * to save theirs on top or take the other.
 */
export function EditDocumentForm({ id, path, projectSlug, kind, initial }: TEditProps) {
  const [message, setMessage] = useState('');
  // The version this draft is based on, and its text: what a conflict is measured against.
  const [base, setBase] = useState({ version: initial.version, body: initial.body });
  const { state, dispatch, save } = useDocumentDraft(() => initialDraft(kind, initial));
  const backup = useDraftBackup(`edit:${id}`, { title: state.title, body: state.body, fields: state.fields }, (d) =>
    dispatch({ type: 'restore', ...d }),
  );
  const conflict = state.problem?.detail;
  const saveOn = (baseVersion: number) =>
    save({ url: `/api/documents/${id}`, method: 'PUT', extra: { id, baseVersion, message }, onSaved: backup.clear });

  return (
    <DraftForm backup={backup} problem={state.problem} onSubmit={() => void saveOn(base.version)}>
      {conflict && (
        <ConflictNotice
          message={state.problem!.error}
          base={base}
          current={conflict.current}
          draftBody={state.body}
          onSaveMine={() => {
            setBase({ version: conflict.current.version, body: conflict.current.body });
            void saveOn(conflict.current.version);
          }}
          onTakeTheirs={() => {
            setBase({ version: conflict.current.version, body: conflict.current.body });
            dispatch({ type: 'take', ...conflict.current });
          }}
        />
      )}
      <TitleField state={state} dispatch={dispatch} />
      <DraftFields state={state} dispatch={dispatch} projectSlug={projectSlug} documentId={id} />
      <label>
        <LabelLine error={state.problem?.fields.message}>
          What changed? <span className="meta">optional, shown in the history</span>
        </LabelLine>
        <input value={message} onChange={(e) => setMessage(e.target.value)} maxLength={LIMITS.message} />
      </label>
      <EditorBar state={state} label="Save" cancelHref={path} />
    </DraftForm>
  );
}
