'use client';

import type { TConflictDetail } from '@/lib/documents/update-document';
import { ChangesDiff } from './changes-diff';

type TProps = {
  message: string;
  base: { version: number; body: string };
  current: TConflictDetail['current'];
  draftBody: string;
  onSaveMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * Shown when someone else saved first. The user's draft stays in the editor untouched; this
 * shows what changed meanwhile and lets them decide, explicitly, what the next version is.
 */
export function ConflictNotice({ message, base, current, draftBody, onSaveMine, onTakeTheirs }: TProps) {
  return (
    <section className="card" role="alert" aria-labelledby="conflict-title" style={{ borderColor: '#f3c1bc' }}>
      <h2 id="conflict-title" style={{ marginTop: 0, color: 'var(--danger)' }}>
        This document changed while you were editing
      </h2>
      <p>{message}</p>
      <p className="meta">
        Version {current.version} by {current.savedBy}
        {current.message ? ` — “${current.message}”` : ''}. Changes since your version {base.version}:
      </p>
      <ChangesDiff before={base.body} after={current.body} />
      <details style={{ marginTop: 10 }}>
        <summary>How your draft differs from version {current.version}</summary>
        <ChangesDiff before={current.body} after={draftBody} />
      </details>
      <div className="editor-actions" style={{ marginTop: 12 }}>
        <button type="button" className="primary" onClick={onSaveMine}>
          Save my text as version {current.version + 1}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Discard my draft and load version {current.version}
        </button>
      </div>
    </section>
  );
}
