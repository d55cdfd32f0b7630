// Inputs of the /api/v1 search and record lists, read from a query string: a parameter given once
// or repeated means the same list, and the lists are the app's own filters. Pure.
import { z } from 'zod';
import { KINDS } from '@/lib/kinds/kinds';

const list = z
  .union([z.string().max(100), z.array(z.string().max(100)).max(20)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional();

export const ZApiSearch = z.object({
  q: z.string().max(200).default(''),
  kind: z
    .union([z.enum(KINDS), z.array(z.enum(KINDS)).max(4)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  project: list,
  tags: list,
  owner: list,
  status: z.enum(['draft', 'published']).optional(),
  needsReview: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['relevance', 'recent']).default('relevance'),
  page: z.coerce.number().int().min(1).max(100).default(1),
  perPage: z.coerce.number().int().min(1).max(50).default(20),
});

const text = z.string().trim().max(100).optional();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a day like 2026-03-31')
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .optional();

export const ZApiDecisions = z.object({ project: text, model: text, decider: text, from: day, to: day });
export const ZApiLessons = z.object({ tag: text, project: text });
export const ZApiActionItems = z.object({ status: z.enum(['open', 'overdue', 'done', 'all']).default('open'), owner: text, project: text });
