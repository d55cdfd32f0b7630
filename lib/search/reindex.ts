import 'server-only';
import { db } from '@/lib/db/client';
import { buildRecords } from './build-records';
import type { TSearchEngine } from './contract';

export type TProgress = { done: number; total: number; startedAt: number };

/**
 * Rebuilds the whole index from PostgreSQL, in id order, `batch` documents at a time, and
 * removes whatever the index holds for deleted documents. Search keeps answering meanwhile.
 */
export async function reindexAll(engine: TSearchEngine, onProgress: (p: TProgress) => void = () => {}, batch = 500) {
  const startedAt = Date.now();
  const [count] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Document" WHERE "deletedAt" IS NULL`;
  const total = count?.total ?? 0;
  let done = 0;
  let after = '';
  onProgress({ done, total, startedAt });
  for (;;) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Document" WHERE "deletedAt" IS NULL AND id > ${after} ORDER BY id LIMIT ${batch}`;
    if (rows.length === 0) break;
    const { records } = await buildRecords(rows.map((r) => r.id));
    await engine.index(records);
    await db.$executeRaw`
      UPDATE "Document" d SET "indexedVersion" = v.version
      FROM unnest(${records.map((r) => r.id)}::text[], ${records.map((r) => r.version)}::int[]) AS v(id, version) WHERE d.id = v.id`;
    done += rows.length;
    after = rows.at(-1)!.id;
    onProgress({ done, total, startedAt });
  }
  const deleted = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Document" WHERE "deletedAt" IS NOT NULL`;
  await engine.remove(deleted.map((d) => d.id));
  await db.$executeRaw`UPDATE "Document" SET "indexedVersion" = NULL WHERE "deletedAt" IS NOT NULL`;
  return { documents: done, seconds: (Date.now() - startedAt) / 1000 };
}
