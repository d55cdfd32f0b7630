import 'server-only';
import { db } from '@/lib/db/client';
import { buildRecords } from './build-records';
import type { TSearchEngine } from './contract';

const MAX_DELAY_S = 300;

/**
 * Indexes one batch from the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * servers can drain together; they are deleted only after the engine took the batch. A failed
 * batch is retried later with exponential backoff, its error kept on the rows.
 * Returns how many outbox rows were handled.
 */
export async function drainOutboxOnce(engine: TSearchEngine, batch = 200): Promise<number> {
  let claimed: { id: bigint; documentId: string }[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        claimed = await tx.$queryRaw<{ id: bigint; documentId: string }[]>`
          SELECT id, "documentId" FROM "SearchOutbox" WHERE "availableAt" <= now()
          ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
        if (claimed.length === 0) return 0;
        const ids = [...new Set(claimed.map((c) => c.documentId))];
        const { records, removed } = await buildRecords(ids);
        await engine.index(records);
        await engine.remove(removed);
        for (const r of records) {
          await tx.$executeRaw`UPDATE "Document" SET "indexedVersion" = ${r.version} WHERE id = ${r.id}`;
        }
        if (removed.length) await tx.$executeRaw`UPDATE "Document" SET "indexedVersion" = NULL WHERE id = ANY(${removed}::text[])`;
        await tx.$executeRaw`DELETE FROM "SearchOutbox" WHERE id = ANY(${claimed.map((c) => c.id)}::bigint[])`;
        return claimed.length;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (err) {
    if (claimed.length === 0) throw err;
    const message = err instanceof Error ? err.message.slice(0, 1000) : String(err);
    await db.$executeRaw`
      UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${message},
        "availableAt" = now() + make_interval(secs => least(${MAX_DELAY_S}, power(2, attempts + 1)))
      WHERE id = ANY(${claimed.map((c) => c.id)}::bigint[])`;
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
 * Start-up repair: queues every document whose indexed version lags its version, and every
 * deleted one the index still holds. Returns how many were queued.
 */
export async function reconcileIndex(): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Document" d
    WHERE ((d."deletedAt" IS NULL AND d."indexedVersion" IS DISTINCT FROM d.version)
        OR (d."deletedAt" IS NOT NULL AND d."indexedVersion" IS NOT NULL))
      AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d.id)`;
  if (rows.length) await db.searchOutbox.createMany({ data: rows.map((r) => ({ documentId: r.id })) });
  return rows.length;
}
