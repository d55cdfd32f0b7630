// Reads one content/ file: YAML front matter checked against a zod schema, then the Markdown.
// Every problem names the file and the line at fault.
import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { parseFields } from '@/lib/kinds/fields';
import { KINDS, type TKind } from '@/lib/kinds/kinds';
import { ZSlug, ZStatus, ZTags, ZTitle, ZBody } from '@/lib/documents/schemas';
import { checkRenderLimits } from '@/lib/markdown/limits';
import { ZDayOf } from '@/lib/validation/text';

// YAML without its timestamp type: `2026-13-45` stays text for the strict date check, instead of
// silently becoming a valid date in 2027.
const yamlEngine = { parse: (text: string) => (loadYaml(text, { schema: CORE_SCHEMA }) ?? {}) as object };

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

// Strict: a key the schema does not know (`reviewby:`) is refused by name, never ignored.
export const ZDocumentFrontMatter = z.strictObject({
  title: ZTitle,
  kind: z.enum(KINDS, { message: `kind must be one of ${KINDS.join(', ')}` }),
  slug: ZSlug.optional(),
  tags: ZTags.default([]),
  owner: z.string().trim().min(1).max(100).optional(),
  status: ZStatus.default('published'),
  // When the owner should next confirm the page (YYYY-MM-DD); defaults by kind. null: no date.
  reviewBy: ZDayOf('reviewBy must be a date that exists, like 2026-03-31').nullable().optional(),
  // Written by exports: the page as it was exported, so an import can tell whether the wiki's
  // copy changed since (lib/content/write-files.ts stateHash).
  baseHash: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'baseHash is the 16-character hash an export writes')
    .optional(),
  // The kind's structured fields (lib/kinds); checked by checkFields below.
  fields: z.unknown().optional(),
});

/** Checks front matter `fields:` against the kind's schema, naming the field and its line. */
export function checkFields(file: string, text: string, kind: TKind, fields: unknown) {
  const result = parseFields(kind, fields);
  if (result.ok) return;
  const [path, message] = Object.entries(result.errors)[0]!;
  throw new ContentError(file, lineOfPath(text, path.split('.')), `${path}: ${message}`);
}

/** The line of the deepest key of a dotted path that can be found in the front matter. */
function lineOfPath(text: string, path: string[]): number {
  const lines = text.split(/\r?\n/);
  let at = 0;
  let found = 1;
  for (const key of path) {
    if (/^\d+$/.test(key)) continue;
    const next = lines.findIndex((l, i) => i >= at && new RegExp(`^\\s*(- )?${key}:`).test(l));
    if (next < 0) break;
    at = next;
    found = next + 1;
  }
  return found;
}

export const ZTemplateFrontMatter = z.strictObject({
  title: ZTitle,
  kind: z.enum(KINDS, { message: `kind must be one of ${KINDS.join(', ')}` }),
  fields: z.unknown().optional(),
});

export const ZProjectFrontMatter = z.strictObject({
  name: z.string().trim().min(1, 'name is required').max(120),
  description: z.string().trim().max(2000).default(''),
  // Restricted projects are read by their members only; an import never makes one internal.
  visibility: z.enum(['internal', 'restricted'], { message: 'visibility is internal or restricted' }).default('internal'),
});

export function parseContentFile<TSchema extends z.ZodType>(
  file: string,
  text: string,
  schema: TSchema,
): { data: z.output<TSchema>; body: string } {
  if (!/^---\r?\n/.test(text)) throw new ContentError(file, 1, 'expected front matter starting with "---"');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object bypasses gray-matter's cache, which would hide repeat errors.
    parsed = matter(text, { engines: { yaml: yamlEngine } });
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? (err as Error).message;
    throw new ContentError(file, (mark?.line ?? 0) + 2, `malformed front matter: ${reason}`);
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
      const meant = known.find((k) => k.toLowerCase() === key.toLowerCase());
      throw new ContentError(file, lineOf(text, key), `${key}: not a front matter key${meant ? ` (did you mean ${meant}?)` : ` (known: ${known.join(', ')})`}`);
    }
    const field = String(issue.path[0] ?? '');
    throw new ContentError(file, lineOf(text, field), `${field || 'front matter'}: ${issue.message}`);
  }
  // What write-files.ts adds around a body comes off here: a newline before it, one after it.
  const body = ZBody.safeParse(parsed.content.replace(/^\r?\n/, '').replace(/\n$/, ''));
  if (!body.success) throw new ContentError(file, 1, body.error.issues[0]!.message);
  const tooMuch = checkRenderLimits(body.data);
  if (tooMuch) throw new ContentError(file, 1, tooMuch.message);
  return { data: result.data, body: body.data };
}

/** The 1-based line where a front matter key is written (the opening "---" when it is missing). */
function lineOf(text: string, key: string): number {
  if (!key) return 1;
  const lines = text.split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  const at = lines.slice(0, end < 0 ? undefined : end).findIndex((l) => l.startsWith(`${key}:`));
  return at < 0 ? 1 : at + 1;
}
