import 'server-only';
import type { TReadSession } from '@/lib/db/read-session';
import { Prisma } from '@/lib/generated/prisma/client';
import { editDistance, typoBudget } from './query';

/**
 * Replaces words the index does not hold (as a word, or for the last one as a prefix) with the
 * closest indexed word within the word's typo budget. Null when nothing changes.
 */
export async function correctWords(s: TReadSession, words: string[]): Promise<string[] | null> {
  const known = new Set((await s.query<{ term: string }>(Prisma.sql`SELECT term FROM "SearchTerm" WHERE term = ANY(${words}::text[])`)).map((r) => r.term));
  let changed = false;
  let thresholdSet = false;
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    const last = i === words.length - 1;
    if (known.has(word) || typoBudget(word) === 0) {
      out.push(word);
      continue;
    }
    if (last) {
      const prefix = await s.query(Prisma.sql`SELECT 1 FROM "SearchTerm" WHERE term LIKE ${`${word}%`} LIMIT 1`);
      if (prefix.length > 0) {
        out.push(word);
        continue;
      }
    }
    // Set once per search (the first word needing it): it lasts until the read-only transaction ends.
    if (!thresholdSet) await s.query(Prisma.sql`SELECT set_config('pg_trgm.similarity_threshold', '0.2', true)`);
    thresholdSet = true;
    const candidates = await s.query<{ term: string; sim: number }>(Prisma.sql`
      SELECT term, similarity(term, ${word}) AS sim FROM "SearchTerm" WHERE term % ${word} ORDER BY sim DESC LIMIT 30`);
    const best = candidates
      .map((c) => ({ ...c, distance: editDistance(word, c.term) }))
      .filter((c) => c.distance <= typoBudget(word))
      .sort((a, b) => a.distance - b.distance || b.sim - a.sim)[0];
    if (best) changed = true;
    out.push(best?.term ?? word);
  }
  return changed ? out : null;
}
