import 'server-only';
import { db } from '@/lib/db/client';
import { buildRecords } from './build-records';
import type { TSearchEngine } from './contract';

export type TProgress = { done: number; total: number; startedAt: number };

/**
 * Rebuilds the whole index from PostgreSQL, `batch` documents at a time with `parallel` batches
 * in flight (building records in Node overlaps with PostgreSQL computing tsvectors), then
 * removes whatever the index holds for deleted documents. Search keeps answering meanwhile.
 */
export async function reindexAll(engine: TSearchEngine, onProgress: (p: TProgress) => void = () => {}, { batch = 500, parallel = 2 } = {}) {
  const startedAt = Date.now();
  const ids = (await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Document" WHERE "deletedAt" IS NULL ORDER BY id`).map((r) => r.id);
  const total = ids.length;
  let done = 0;
  let next = 0;
  onProgress({ done, total, startedAt });
  await engine.beforeRebuild?.();
  const worker = async () => {
    while (next < total) {
      const slice = ids.slice(next, next + batch);
      next += batch;
      const { records } = await buildRecords(slice, { sections: engine.usesSections });
      await engine.index(records);
      await db.$executeRaw`
        UPDATE "Document" d SET "indexedVersion" = v.version
        FROM unnest(${records.map((r) => r.id)}::text[], ${records.map((r) => r.version)}::int[]) AS v(id, version) WHERE d.id = v.id`;
      done += slice.length;
      onProgress({ done, total, startedAt });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const deleted = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Document" WHERE "deletedAt" IS NOT NULL`;
  await engine.remove(deleted.map((d) => d.id));
  await db.$executeRaw`UPDATE "Document" SET "indexedVersion" = NULL WHERE "deletedAt" IS NOT NULL`;
  await engine.afterRebuild?.();
  return { documents: done, seconds: (Date.now() - startedAt) / 1000 };
}
