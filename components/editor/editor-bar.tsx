'use client';

// The bar under the editor, kept in view while the writer scrolls a long card: Save and Cancel,
// whether the page is a draft, how complete it is as typed (the rules the server applies on
// save, lib/completeness), and how many fields need attention, which jumps to the first one.
import { completeness } from '@/lib/completeness/rules';
import { KIND_FIELDS } from '@/lib/kinds/fields';
import { fieldsFrom } from '@/lib/kinds/form-spec';
import type { TDraftState } from './use-document-draft';

/** Moves focus to the first field with a message, and brings it into view. */
function jumpToFirstError(form: HTMLElement | null) {
  const message = form?.querySelector('.field-error');
  if (!message) return;
  // A folded section opens to show it.
  message.closest('details')?.setAttribute('open', '');
  const holder = message.closest('label, fieldset');
  const control = holder?.querySelector<HTMLElement>('input, select, textarea, [contenteditable="true"]');
  (control ?? (message as HTMLElement)).scrollIntoView({ block: 'center' });
  control?.focus({ preventScroll: true });
}

export function EditorBar({ state, label, cancelHref }: { state: TDraftState; label: string; cancelHref: string }) {
  const score = completeness({
    kind: state.kind,
    body: state.body,
    fields: fieldsFrom(KIND_FIELDS[state.kind].form, state.fields),
    // The page has an owner (the writer, or whoever owns it already).
    ownerId: 'owner',
  });
  const missing = score.checks.filter((c) => !c.done);
  const errors = Object.keys(state.problem?.fields ?? {}).length;
  return (
    <div className="editor-bar" data-testid="editor-bar">
      <button type="submit" className="primary" disabled={state.saving} aria-keyshortcuts="Control+S Meta+S" title="Save (Ctrl+S or ⌘S)">
        {state.saving ? 'Saving…' : label}
      </button>
      <a className="button" href={cancelHref}>
        Cancel
      </a>
      <span className={state.status === 'draft' ? 'badge draft' : 'badge'} data-testid="editor-status">
        {state.status === 'draft' ? 'Draft' : 'Published'}
      </span>
      <span className="editor-completeness" data-testid="live-completeness" title={missing.map((c) => `Missing: ${c.label}`).join('\n')}>
        <meter min={0} max={100} value={score.score} aria-label="Completeness" /> {score.score}% complete
      </span>
      {state.problem && errors === 0 && !state.problem.detail && (
        <span className="save-failed" data-testid="save-failed">
          Not saved: {state.problem.error}
        </span>
      )}
      {errors > 0 && (
        <button
          type="button"
          className="error-count"
          data-testid="error-count"
          onClick={(e) => jumpToFirstError(e.currentTarget.closest('form'))}
        >
          {errors === 1 ? '1 field needs attention' : `${errors} fields need attention`}
        </button>
      )}
    </div>
  );
}
