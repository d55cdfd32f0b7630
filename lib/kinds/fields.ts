// Structured fields per kind: the schema that checks them (with its version) and the form that
// edits them. Every kind has both; the Markdown body keeps the free text.
import type { z } from 'zod';
import type { TFieldSpec } from './form-spec';
import type { TKind } from './kinds';
import { MODEL_CARD_FORM, MODEL_CARD_SCHEMA_VERSION, ZModelCardFields } from './model-card';
import { PRACTICE_FORM, PRACTICE_SCHEMA_VERSION, ZPracticeFields } from './practice';
import { RETROSPECTIVE_FORM, RETROSPECTIVE_SCHEMA_VERSION, ZRetrospectiveFields } from './retrospective';
import { RUNBOOK_FORM, RUNBOOK_SCHEMA_VERSION, ZRunbookFields } from './runbook';
import { DATASET_FORM, DATASET_SCHEMA_VERSION, ZDatasetFields } from './dataset';

export const KIND_FIELDS: Record<TKind, { version: number; schema: z.ZodType; form: TFieldSpec[] }> = {
  retrospective: { version: RETROSPECTIVE_SCHEMA_VERSION, schema: ZRetrospectiveFields, form: RETROSPECTIVE_FORM },
  model_card: { version: MODEL_CARD_SCHEMA_VERSION, schema: ZModelCardFields, form: MODEL_CARD_FORM },
  runbook: { version: RUNBOOK_SCHEMA_VERSION, schema: ZRunbookFields, form: RUNBOOK_FORM },
  practice: { version: PRACTICE_SCHEMA_VERSION, schema: ZPracticeFields, form: PRACTICE_FORM },
  dataset: { version: DATASET_SCHEMA_VERSION, schema: ZDatasetFields, form: DATASET_FORM },
};

export type TParsedFields = { version: number; fields: Record<string, unknown> } | null;

/**
 * Validates a kind's structured fields (missing fields are an empty set). Returns the parsed
 * fields or, on failure, messages keyed by the field's path ("fields.decisions.0.date").
 */
export function parseFields(kind: TKind, raw: unknown): { ok: true; value: TParsedFields } | { ok: false; errors: Record<string, string> } {
  const entry = KIND_FIELDS[kind];
  const parsed = entry.schema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: { version: entry.version, fields: parsed.data as Record<string, unknown> } };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[['fields', ...issue.path].join('.')] ??= issue.message;
  return { ok: false, errors };
}

/** Stored fields read back through the kind's schema; an empty set when they do not parse. */
export function readFields<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : schema.parse({});
}
