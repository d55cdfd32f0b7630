import { z } from 'zod';

/** A YYYY-MM-DD URL parameter as the start of that day (UTC). */
export const ZDayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`));
const text = z.string().trim().max(100);

// Filters arrive in the URL; anything malformed is dropped rather than failing the page.
export const ZDecisionFilter = z.object({
  project: text.optional().catch(undefined),
  model: text.optional().catch(undefined),
  decider: text.optional().catch(undefined),
  from: ZDayParam.optional().catch(undefined),
  to: ZDayParam.optional().catch(undefined),
});
export const ZLessonFilter = z.object({ tag: text.optional().catch(undefined), project: text.optional().catch(undefined) });
export const ZActionFilter = z.object({
  status: z.enum(['open', 'overdue', 'done', 'all']).default('open').catch('open'),
  owner: text.optional().catch(undefined),
  project: text.optional().catch(undefined),
  // Only the items assigned to the reader.
  mine: z.literal('1').optional().catch(undefined),
});

/** URL search params as a plain object of non-empty strings. */
export function queryOf(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}
