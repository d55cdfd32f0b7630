import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';
import type { TLikeHit, TLikeQuery } from '../contract';
import { accessRule } from './search';

/**
 * "More like this" on the index table: pages matching any of the words, ranked by how much of
 * them they hold, words in titles, headings, tags and fields (head) counting three times those
 * in the body. Ranks are normalised by length, so a long page does not win on size alone.
 */
const CANDIDATES = 200;

export async function similarBuiltin(actor: TActor, like: TLikeQuery): Promise<TLikeHit[]> {
  const words = [...new Set(like.terms.filter((t) => /^[a-z0-9]+$/.test(t)))];
  if (words.length === 0) return [];
  const q = Prisma.sql`to_tsquery('english', ${words.join(' | ')})`;
  // Many words match most pages: rank them all by their small head vectors first, then the best
  // CANDIDATES by the whole text as well.
  const rows = await db.$queryRaw<{ id: string; score: number }[]>`
    WITH candidates AS MATERIALIZED (
      SELECT sd."documentId", sd."updatedAt", sd.tsv, ts_rank(coalesce(sd.head, ''::tsvector), ${q}, 1) AS head_rank
      FROM "SearchDocument" sd
      WHERE sd.tsv @@ ${q} AND ${accessRule(actor)}
        AND (${like.excludeId}::text IS NULL OR sd."documentId" <> ${like.excludeId})
        AND (${like.excludeProjectId}::text IS NULL OR sd."projectId" IS DISTINCT FROM ${like.excludeProjectId})
      ORDER BY head_rank DESC
      LIMIT ${CANDIDATES}
    )
    SELECT c."documentId" AS id, (ts_rank(c.tsv, ${q}, 1) + 3 * c.head_rank)::float8 AS score
    FROM candidates c
    ORDER BY score DESC, c."updatedAt" DESC
    LIMIT ${like.limit}`;
  return rows;
}
