import 'server-only';
import { dbPool } from '@/lib/db/client';

export type TOutboxStats = { queued: number; oldestSeconds: number; failing: number };

/** How far indexing lags, for health and metrics: rows waiting, the oldest's age, rows failing. */
export async function outboxStats(): Promise<TOutboxStats> {
  const { rows } = await dbPool().query<{ queued: string; oldest: number | null; failing: string }>(
    `SELECT count(*) AS queued, extract(epoch FROM now() - min("enqueuedAt"))::float8 AS oldest,
            count(*) FILTER (WHERE "lastError" IS NOT NULL) AS failing
     FROM "SearchOutbox"`,
  );
  const row = rows[0]!;
  return { queued: Number(row.queued), oldestSeconds: row.oldest ?? 0, failing: Number(row.failing) };
}
