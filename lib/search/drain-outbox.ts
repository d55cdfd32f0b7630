import 'server-only';
import { db } from '@/lib/db/client';
import { buildRecords } from './build-records';
import type { TSearchEngine } from './contract';

const LEASE_S = 120;
const MAX_DELAY_S = 300;

/**
 * Indexes one batch from the outbox. Rows are claimed for a lease in a single statement
 * (FOR UPDATE SKIP LOCKED, so several servers can drain together), indexed with no transaction
 * held open, then deleted. A failed batch is released for a retry with exponential backoff and
 * its error kept on the rows; a crashed indexer's claims are released at the next start (or
 * when their lease ends). Returns how many outbox rows were handled.
 */
export async function drainOutboxOnce(engine: TSearchEngine, batch = 200): Promise<number> {
  const claimed = await db.$queryRaw<{ id: bigint; documentId: string }[]>`
    UPDATE "SearchOutbox" SET "claimedAt" = now(), "availableAt" = now() + make_interval(secs => ${LEASE_S})
    WHERE id IN (SELECT id FROM "SearchOutbox" WHERE "availableAt" <= now() ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING id, "documentId"`;
  if (claimed.length === 0) return 0;
  const rowIds = claimed.map((c) => c.id);
  try {
    const ids = [...new Set(claimed.map((c) => c.documentId))];
    const { records, removed } = await buildRecords(ids, { sections: engine.usesSections });
    await engine.index(records);
    await engine.remove(removed);
    await db.$transaction([
      db.$executeRaw`
        UPDATE "Document" d SET "indexedVersion" = v.version
        FROM unnest(${records.map((r) => r.id)}::text[], ${records.map((r) => r.version)}::int[]) AS v(id, version) WHERE d.id = v.id`,
      db.$executeRaw`UPDATE "Document" SET "indexedVersion" = NULL WHERE id = ANY(${removed}::text[])`,
      db.$executeRaw`DELETE FROM "SearchOutbox" WHERE id = ANY(${rowIds}::bigint[])`,
    ]);
    return claimed.length;
  } catch (err) {
    const message = err instanceof Error ? err.message.slice(0, 1000) : String(err);
    await db.$executeRaw`
      UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${message}, "claimedAt" = NULL,
        "availableAt" = now() + make_interval(secs => least(${MAX_DELAY_S}, power(2, attempts + 1)))
      WHERE id = ANY(${rowIds}::bigint[])`;
    throw err;
  }
}

/** Drains everything that is due. */
export async function drainOutbox(engine: TSearchEngine, batch = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await drainOutboxOnce(engine, batch);
    total += n;
    if (n === 0) return total;
  }
}

/**
 * Start-up repair: releases claims left by an indexer that died, and queues every document
 * whose indexed version lags its version, and every deleted one the index still holds.
 * Returns how many documents were queued. (With several servers, a restart also releases the
 * others' current claims: those rows may be indexed twice, which is harmless.)
 */
export async function reconcileIndex(): Promise<number> {
  await db.$executeRaw`UPDATE "SearchOutbox" SET "claimedAt" = NULL, "availableAt" = now() WHERE "claimedAt" IS NOT NULL`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Document" d
    WHERE ((d."deletedAt" IS NULL AND d."indexedVersion" IS DISTINCT FROM d.version)
        OR (d."deletedAt" IS NOT NULL AND d."indexedVersion" IS NOT NULL))
      AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d.id)`;
  if (rows.length) await db.searchOutbox.createMany({ data: rows.map((r) => ({ documentId: r.id })) });
  return rows.length;
}
