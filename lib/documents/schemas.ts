// Input schemas for document writes. Shared by the route handlers (the authority) and the
// editor (for inline messages), so this module must stay free of server-only imports.
import { z } from 'zod';
import { KINDS } from '@/lib/kinds/kinds';

export const LIMITS = {
  title: 200,
  slug: 100,
  // Bodies are capped at 1 MiB of UTF-8: far beyond any real page, small enough to render fast.
  bodyBytes: 1_048_576,
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

export const ZTitle = z
  .string()
  .trim()
  .min(1, 'Title is required')
  .max(LIMITS.title, `Title must be at most ${LIMITS.title} characters`);

export const ZBody = z
  .string()
  .max(LIMITS.bodyBytes, 'The body is larger than the 1 MiB limit')
  .refine((s) => utf8.encode(s).length <= LIMITS.bodyBytes, 'The body is larger than the 1 MiB limit');

export const ZTag = z
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
  reviewBy: z.coerce.date().optional(),
  // The kind's structured fields, checked against its schema by the domain (lib/kinds/fields.ts).
  fields: z.unknown().optional(),
});
export type TCreateDocument = z.infer<typeof ZCreateDocument>;

export const ZUpdateDocument = z.object({
  id: z.string().min(1).max(LIMITS.id),
  baseVersion: z.number().int().min(1),
  title: ZTitle,
  body: ZBody,
  tags: ZTags.default([]),
  status: ZStatus.default('published'),
  message: z.string().trim().max(LIMITS.message, `Keep the message under ${LIMITS.message} characters`).default(''),
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
