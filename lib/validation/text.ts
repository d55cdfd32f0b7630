// Text that PostgreSQL can store and a browser can show: no NUL characters (text and jsonb
// columns refuse them) and no unpaired UTF-16 surrogates (they are not characters at all).
// Shared by the document schemas and every kind's structured fields.
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'Contains a NUL character (\\0), which cannot be stored';
  if (LONE_SURROGATE.test(value)) return 'Contains a broken character (half of a UTF-16 surrogate pair)';
  return null;
}

/** Adds the check to a string schema; the message names the problem, the path names the field. */
export function storable<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/;
const FIRST_DAY = new Date(Date.UTC(1900, 0, 1));
const LAST_DAY = new Date(Date.UTC(9999, 11, 31));

/**
 * A calendar day as 2026-03-31 (or a Date), strictly: 2026-02-30 is refused rather than rolled
 * over to March, and years outside 1900–9999 are refused (PostgreSQL and JSON disagree there).
 */
export function ZDayOf(message = 'Use a date like 2026-03-31') {
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const m = DAY.exec(value.trim());
      if (!m) return null;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
    },
    z
      .date({ message })
      .refine((d) => !Number.isNaN(d.getTime()), message)
      .refine((d) => d >= FIRST_DAY && d <= LAST_DAY, 'Use a date between 1900 and 9999'),
  );
}
