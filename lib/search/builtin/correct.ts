import 'server-only';
import { db } from '@/lib/db/client';
import { editDistance, typoBudget } from './query';

/**
 * Replaces words the index does not hold (as a word, or for the last one as a prefix) with the
 * closest indexed word within the word's typo budget. Null when nothing changes.
 */
export async function correctWords(words: string[]): Promise<string[] | null> {
  const known = new Set(
    (await db.$queryRaw<{ term: string }[]>`SELECT term FROM "SearchTerm" WHERE term = ANY(${words}::text[])`).map((r) => r.term),
  );
  let changed = false;
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    const last = i === words.length - 1;
    if (known.has(word) || typoBudget(word) === 0) {
      out.push(word);
      continue;
    }
    if (last) {
      const [prefix] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "SearchTerm" WHERE term LIKE ${`${word}%`} LIMIT 1) x`;
      if (prefix!.n > 0) {
        out.push(word);
        continue;
      }
    }
    const candidates = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL pg_trgm.similarity_threshold = 0.2`;
      return tx.$queryRaw<{ term: string; sim: number }[]>`
        SELECT term, similarity(term, ${word}) AS sim FROM "SearchTerm" WHERE term % ${word} ORDER BY sim DESC LIMIT 30`;
    });
    const best = candidates
      .map((c) => ({ ...c, distance: editDistance(word, c.term) }))
      .filter((c) => c.distance <= typoBudget(word))
      .sort((a, b) => a.distance - b.distance || b.sim - a.sim)[0];
    if (best) changed = true;
    out.push(best?.term ?? word);
  }
  return changed ? out : null;
}
