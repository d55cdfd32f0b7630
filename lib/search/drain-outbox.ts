import 'server-only';
import { randomUUID } from 'node:crypto';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import { db } from '@/lib/db/client';
import { buildRecords } from './build-records';
import type { TSearchEngine } from './contract';

const LEASE_S = 120;
// This process, as a holder of documents (one indexer per process).
const HOLDER = `${process.pid}-${randomUUID()}`;
const MAX_DELAY_S = 300;

/**
 * Indexes one batch from the outbox. A batch takes its documents first (SearchIndexLock, one
 * holder per document, for a lease), then the due outbox rows of those documents, in one
 * statement; several indexers can drain together, and a document changed while one indexes it
 * waits for it, so its versions reach the engine in order. Records are built and indexed with no
 * transaction held open; then the rows are deleted and the documents let go. A failed batch is
 * released for a retry with exponential backoff and its error kept on the rows; a crashed
 * indexer's documents and rows are taken up again when its lease ends.
 * Returns how many outbox rows were handled.
 */
export async function drainOutboxOnce(engine: TSearchEngine, batch = 200, holder: string = HOLDER): Promise<number> {
  const claimed = await db.$queryRaw<{ id: bigint; documentId: string }[]>`
    WITH due AS (
      SELECT DISTINCT "documentId" FROM (
        SELECT o."documentId" FROM "SearchOutbox" o
        WHERE o."availableAt" <= now()
          AND NOT EXISTS (SELECT 1 FROM "SearchIndexLock" l WHERE l."documentId" = o."documentId" AND l."lockedUntil" >= now())
        ORDER BY o.id LIMIT ${batch}) first_due
    ), held AS (
      INSERT INTO "SearchIndexLock" ("documentId", holder, "lockedUntil")
      SELECT "documentId", ${holder}, now() + make_interval(secs => ${LEASE_S}) FROM due
      ON CONFLICT ("documentId") DO UPDATE SET holder = EXCLUDED.holder, "lockedUntil" = EXCLUDED."lockedUntil"
        WHERE "SearchIndexLock"."lockedUntil" < now()
      RETURNING "documentId"
    )
    UPDATE "SearchOutbox" o SET "claimedAt" = now(), "availableAt" = now() + make_interval(secs => ${LEASE_S})
    WHERE o."documentId" IN (SELECT "documentId" FROM held) AND o."availableAt" <= now()
    RETURNING o.id, o."documentId"`;
  if (claimed.length === 0) return 0;
  const rowIds = claimed.map((c) => c.id);
  const ids = [...new Set(claimed.map((c) => c.documentId))];
  const letGo = db.$executeRaw`DELETE FROM "SearchIndexLock" WHERE "documentId" = ANY(${ids}::text[]) AND holder = ${holder}`;
  try {
    const { records, removed } = await buildRecords(ids, { sections: engine.usesSections });
    await engine.index(records);
    await engine.remove(removed);
    await db.$transaction([
      db.$executeRaw`
        UPDATE "Document" d SET "indexedVersion" = v.version
        FROM unnest(${records.map((r) => r.id)}::text[], ${records.map((r) => r.version)}::int[]) AS v(id, version) WHERE d.id = v.id`,
      db.$executeRaw`UPDATE "Document" SET "indexedVersion" = NULL WHERE id = ANY(${removed}::text[])`,
      db.$executeRaw`DELETE FROM "SearchOutbox" WHERE id = ANY(${rowIds}::bigint[])`,
      letGo,
    ]);
    return claimed.length;
  } catch (err) {
    const message = err instanceof Error ? err.message.slice(0, 1000) : String(err);
    await db.$transaction([
      db.$executeRaw`
        UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${message}, "claimedAt" = NULL,
          "availableAt" = now() + make_interval(secs => least(${MAX_DELAY_S}, power(2, attempts + 1)))
        WHERE id = ANY(${rowIds}::bigint[])`,
      letGo,
    ]);
    throw err;
  }
}

/** Drains everything that is due. */
export async function drainOutbox(engine: TSearchEngine, batch = 200, holder: string = HOLDER): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await drainOutboxOnce(engine, batch, holder);
    total += n;
    if (n === 0) return total;
  }
}

/**
 * Start-up repair: queues every document whose indexed version lags its version, and every
 * deleted one the index still holds, unless a row for it is already waiting. Claims and document
 * holds of other indexers are left alone: only their leases ending releases them (a worker that
 * died is recognised that way, one that is busy is not disturbed). Returns how many documents
 * were queued.
 */
export function reconcileIndex(): Promise<number> {
  // Workers starting together take turns, so none queues what another has just queued.
  return withAdvisoryLock('search-reconcile', queueLagging);
}

async function queueLagging(): Promise<number> {
  await db.$executeRaw`DELETE FROM "SearchIndexLock" WHERE "lockedUntil" < now()`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Document" d
    WHERE ((d."deletedAt" IS NULL AND d."indexedVersion" IS DISTINCT FROM d.version)
        OR (d."deletedAt" IS NOT NULL AND d."indexedVersion" IS NOT NULL))
      AND NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."documentId" = d.id)`;
  if (rows.length) await db.searchOutbox.createMany({ data: rows.map((r) => ({ documentId: r.id })) });
  return rows.length;
}
