// Input schemas for document writes. Shared by the route handlers (the authority) and the
// editor (for inline messages), so this module must stay free of server-only imports.
import { z } from 'zod';
import { KINDS } from '@/lib/kinds/kinds';
import { RENDER_LIMITS } from '@/lib/markdown/limits';
import { storable, ZDayOf } from '@/lib/validation/text';

export const LIMITS = {
  title: 200,
  slug: 100,
  // Bodies are capped at 256 KiB of UTF-8 (about 40,000 words): far beyond any real page, and
  // dense Markdown of that size still renders in about 3 s (lib/markdown/limits.ts).
  bodyBytes: RENDER_LIMITS.bodyBytes,
  tags: 20,
  tag: 40,
  message: 500,
  id: 64,
} as const;

const utf8 = new TextEncoder();

export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Slug is required')
  .max(LIMITS.slug, `Slug must be at most ${LIMITS.slug} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

// Direction overrides (U+202A–202E, U+2066–2069) would let a title display as other text.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Characters that show nothing: a title of only these would look empty.
const INVISIBLE = /[\s\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u180E]/g;

export const ZTitle = storable(
  z
    .string()
    .transform((s) => s.replace(BIDI_CONTROLS, '').trim())
    .pipe(z.string().max(LIMITS.title, `Title must be at most ${LIMITS.title} characters`)),
).refine((s) => s.replace(INVISIBLE, '').length > 0, 'Title is required');

const BODY_LIMIT = `The body is larger than the ${LIMITS.bodyBytes / 1024} KiB limit`;
export const ZBody = storable(
  z
    .string()
    .max(LIMITS.bodyBytes, BODY_LIMIT)
    .refine((s) => utf8.encode(s).length <= LIMITS.bodyBytes, BODY_LIMIT),
);

const ZTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(LIMITS.tag, `A tag must be at most ${LIMITS.tag} characters`)
  .regex(/^[a-z0-9][a-z0-9 _.+-]*$/, 'Tags use letters, digits, spaces and - _ . +');

export const ZTags = z
  .array(ZTag)
  .max(LIMITS.tags, `At most ${LIMITS.tags} tags`)
  .transform((tags) => [...new Set(tags)]);

export const ZStatus = z.enum(['draft', 'published']);

export const ZCreateDocument = z.object({
  kind: z.enum(KINDS, { message: 'Choose a kind' }),
  projectSlug: ZSlug.nullable().default(null),
  slug: ZSlug.optional(),
  title: ZTitle,
  body: ZBody,
  tags: ZTags.default([]),
  status: ZStatus.default('published'),
  // Defaults to the kind's review interval (lib/reviews/review-policy.ts).
  reviewBy: ZDayOf('Use a review date like 2026-03-31').optional(),
  // The kind's structured fields, checked against its schema by the domain (lib/kinds/fields.ts).
  fields: z.unknown().optional(),
});
export type TCreateDocument = z.infer<typeof ZCreateDocument>;

export const ZUpdateDocument = z.object({
  id: z.string().min(1).max(LIMITS.id),
  // Versions are PostgreSQL integers; the next one must still fit.
  baseVersion: z.number().int().min(1).max(2_147_483_646, 'This version number does not exist'),
  title: ZTitle,
  body: ZBody,
  tags: ZTags.default([]),
  // Omitted: the page keeps its status (a save never publishes a draft by accident).
  status: ZStatus.optional(),
  message: storable(z.string().trim().max(LIMITS.message, `Keep the message under ${LIMITS.message} characters`)).default(''),
  // Omitted: the current structured fields are kept (the Markdown editor sends none).
  fields: z.unknown().optional(),
});
export type TUpdateDocument = z.infer<typeof ZUpdateDocument>;

export const ZPreview = z.object({
  body: ZBody,
  projectSlug: ZSlug.nullable().default(null),
});

/** Splits "a, b ,c" into tags as the editor's tag field holds them. */
export function parseTagList(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
