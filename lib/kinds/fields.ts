// Structured fields per kind. Kinds without a schema yet keep only their Markdown body.
import { z } from 'zod';
import type { TKind } from './kinds';
import { RETROSPECTIVE_SCHEMA_VERSION, ZRetrospectiveFields } from './retrospective';

const SCHEMAS: Partial<Record<TKind, { version: number; schema: z.ZodType }>> = {
  retrospective: { version: RETROSPECTIVE_SCHEMA_VERSION, schema: ZRetrospectiveFields },
};

export type TParsedFields = { version: number; fields: Record<string, unknown> } | null;

/**
 * Validates a kind's structured fields. Returns null for kinds without a schema; otherwise the
 * parsed fields or, on failure, messages keyed by the field's path ("decisions.0.date").
 */
export function parseFields(
  kind: TKind,
  raw: unknown,
): { ok: true; value: TParsedFields } | { ok: false; errors: Record<string, string> } {
  const entry = SCHEMAS[kind];
  if (!entry) {
    if (raw === undefined || raw === null) return { ok: true, value: null };
    return { ok: false, errors: { fields: `${kind} documents have no structured fields yet` } };
  }
  const parsed = entry.schema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: { version: entry.version, fields: parsed.data as Record<string, unknown> } };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[['fields', ...issue.path].join('.')] ??= issue.message;
  return { ok: false, errors };
}
