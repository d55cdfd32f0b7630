'use client';

import { useRouter } from 'next/navigation';
import { useReducer } from 'react';
import { sendJson } from '@/components/send-json';
import { parseTagList } from '@/lib/documents/schemas';
import type { TConflictDetail } from '@/lib/documents/update-document';
import { KIND_FIELDS, parseFields } from '@/lib/kinds/fields';
import { draftFrom, fieldsFrom, type TDraft } from '@/lib/kinds/form-spec';
import type { TKind } from '@/lib/kinds/kinds';

// What the document editor holds, and every way it changes, in one reducer: the create and the
// edit form (create-document-form.tsx, edit-document-form.tsx) share it and differ only in what
// they send.

export type TStatus = 'draft' | 'published';
export type TSaveProblem = { error: string; fields: Record<string, string>; detail?: TConflictDetail };

export type TDraftState = {
  kind: TKind;
  title: string;
  body: string;
  tags: string; // as typed: "a, b"
  status: TStatus;
  fields: TDraft; // the structured fields as the form edits them
  saving: boolean;
  problem: TSaveProblem | null;
};

type TText = 'title' | 'body' | 'tags';
export type TDraftAction =
  | { type: 'text'; field: TText; value: string }
  | { type: 'status'; value: TStatus }
  | { type: 'fields'; value: TDraft }
  /** A new kind, with its template's outline while the body is still the old template's. */
  | { type: 'kind'; value: TKind; template?: { body: string; fields: unknown }; previousTemplateBody: string }
  /** Text backed up in this browser, brought back. */
  | { type: 'restore'; title: string; body: string; fields?: unknown }
  /** The version saved meanwhile by someone else, taken instead of one's own text. */
  | { type: 'take'; title: string; body: string; tags: string[]; fields: unknown }
  | { type: 'saving' }
  | { type: 'failed'; problem: TSaveProblem };

export function draftReducer(state: TDraftState, action: TDraftAction): TDraftState {
  const form = KIND_FIELDS[state.kind].form;
  switch (action.type) {
    case 'text':
      return { ...state, [action.field]: action.value };
    case 'status':
      return { ...state, status: action.value };
    case 'fields':
      return { ...state, fields: action.value };
    case 'kind': {
      const next = KIND_FIELDS[action.value].form;
      const untouched = state.body === action.previousTemplateBody;
      return {
        ...state,
        kind: action.value,
        body: untouched ? (action.template?.body ?? '') : state.body,
        fields: draftFrom(next, action.template?.fields),
      };
    }
    case 'restore':
      // A backup made before a form changed shape is read like stored fields.
      return {
        ...state,
        title: action.title,
        body: action.body,
        fields: action.fields ? draftFrom(form, fieldsFrom(form, action.fields as TDraft)) : state.fields,
      };
    case 'take':
      return {
        ...state,
        title: action.title,
        body: action.body,
        tags: action.tags.join(', '),
        fields: draftFrom(form, action.fields),
        problem: null,
      };
    case 'saving':
      return { ...state, saving: true, problem: null };
    case 'failed':
      return { ...state, saving: false, problem: action.problem };
  }
}

export function initialDraft(
  kind: TKind,
  init: { title: string; body: string; tags?: string[]; status?: TStatus; fields?: unknown },
): TDraftState {
  return {
    kind,
    title: init.title,
    body: init.body,
    tags: (init.tags ?? []).join(', '),
    status: init.status ?? 'published',
    fields: draftFrom(KIND_FIELDS[kind].form, init.fields),
    saving: false,
    problem: null,
  };
}

/**
 * The editor's state and its save: checks the structured fields with the server's own schema
 * first (messages appear before anything is sent), then sends the draft plus what the form adds
 * (`extra`) through sendJson, and on success lets the form clear its backup and opens the page.
 */
export function useDocumentDraft(initial: () => TDraftState) {
  const router = useRouter();
  const [state, dispatch] = useReducer(draftReducer, undefined, initial);

  async function save(request: { url: string; method: 'POST' | 'PUT'; extra: Record<string, unknown>; onSaved: () => void }) {
    const fields = fieldsFrom(KIND_FIELDS[state.kind].form, state.fields);
    const checked = parseFields(state.kind, fields);
    if (!checked.ok)
      return dispatch({ type: 'failed', problem: { error: 'Some structured fields need attention.', fields: checked.errors } });
    dispatch({ type: 'saving' });
    const result = await sendJson<{ path: string }>(request.url, request.method, {
      title: state.title,
      body: state.body,
      tags: parseTagList(state.tags),
      status: state.status,
      fields,
      ...request.extra,
    });
    if (result.ok) {
      request.onSaved();
      router.push(result.data.path);
      router.refresh();
      return;
    }
    const error =
      result.status === 0 ? 'Could not reach the server. Your text is still here; try again.' : String(result.data.error ?? result.error);
    dispatch({ type: 'failed', problem: { error, fields: result.fields, detail: result.data.detail as TConflictDetail | undefined } });
  }

  return { state, dispatch, save };
}
