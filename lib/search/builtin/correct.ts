import 'server-only';
import type { TReadSession } from '@/lib/db/read-session';
import { Prisma } from '@/lib/generated/prisma/client';
import { editDistance, typoBudget } from './query';

/**
 * Replaces words no page the reader may read holds (as a word, or for the last one as a prefix)
 * with the closest indexed word within the word's typo budget that such a page does hold. Null
 * when nothing changes. The dictionary ("SearchTerm") holds every indexed word, restricted pages'
 * too, so each candidate is checked against the reader's pages (`rule`) before it is offered: a
 * correction must never spell out a word only a restricted page contains.
 */
export async function correctWords(s: TReadSession, words: string[], rule: Prisma.Sql): Promise<string[] | null> {
  const known = await readable(s, words, rule);
  let changed = false;
  let thresholdSet = false;
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    const last = i === words.length - 1;
    if (known.has(word) || typoBudget(word) === 0 || (last && (await readablePrefix(s, word, rule)))) {
      out.push(word);
      continue;
    }
    // Set once per search (the first word needing it): it lasts until the read-only transaction ends.
    if (!thresholdSet) await s.query(Prisma.sql`SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)`);
    thresholdSet = true;
    const candidates = await s.query<{ term: string; sim: number }>(Prisma.sql`
      SELECT term, similarity(term, ${word}) AS sim FROM "SearchTerm" WHERE term % ${word} ORDER BY sim DESC LIMIT 30`);
    const close = candidates
      .map((c) => ({ ...c, distance: editDistance(word, c.term) }))
      .filter((c) => c.distance <= typoBudget(word))
      .sort((a, b) => a.distance - b.distance || b.sim - a.sim);
    const allowed = close.length
      ? await readable(
          s,
          close.map((c) => c.term),
          rule,
        )
      : new Set<string>();
    const best = close.find((c) => allowed.has(c.term));
    if (best) changed = true;
    out.push(best?.term ?? word);
  }
  return changed ? out : null;
}

/** Which of `terms` a page the reader may read contains (as the same English stem). */
async function readable(s: TReadSession, terms: string[], rule: Prisma.Sql): Promise<Set<string>> {
  const rows = await s.query<{ term: string }>(Prisma.sql`
    SELECT w AS term FROM unnest(${terms}::text[]) AS w
    WHERE EXISTS (SELECT 1 FROM "SearchDocument" sd WHERE sd.tsv @@ plainto_tsquery('english', w) AND ${rule})`);
  return new Set(rows.map((r) => r.term));
}

/** Whether a page the reader may read has a word starting with `word` (search as you type). */
async function readablePrefix(s: TReadSession, word: string, rule: Prisma.Sql): Promise<boolean> {
  const rows = await s.query(Prisma.sql`
    SELECT 1 FROM "SearchDocument" sd
    WHERE sd.tsv @@ to_tsquery('english', quote_literal(${word}) || ':*') AND ${rule} LIMIT 1`);
  return rows.length > 0;
}
