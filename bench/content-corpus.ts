// content/ in a throw-away embedded PostgreSQL, migrated, imported and indexed with the default
// engine: what the relevance and similar-work checks run against. Removed afterwards. `noise`
// adds that many of the benchmark's generated documents (bench/corpus.ts), which share the
// corpus's words, so a page has to beat look-alikes to be found.
import path from 'node:path';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { scratchDataDir } from '@/lib/db/embedded-host';
import { runPrisma } from '../scripts/prisma.mjs';

const root = path.resolve(__dirname, '..');

export async function withContentCorpus<T>(name: string, run: () => Promise<T>, { noise = 0 } = {}): Promise<T> {
  const scratch = scratchDataDir(`hindsight-${name}-`);
  const pg = await startEmbeddedPostgres({ dataDir: scratch.dataDir, port: 54000 + Math.floor(Math.random() * 900) });
  process.env.DATABASE_URL = pg.url;
  try {
    await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
    const { importContent } = await import('@/lib/content/import-content');
    const { reindexAll } = await import('@/lib/search/reindex');
    const { searchEngine } = await import('@/lib/search/engine');
    await importContent(path.join(root, 'content'));
    if (noise > 0) {
      const { db } = await import('@/lib/db/client');
      const { seedDocuments } = await import('./seed');
      await seedDocuments(db, noise, () => undefined, { render: false });
    }
    await reindexAll(searchEngine());
    return await run();
  } finally {
    // Stopping the database ends connections pools still hold: expected here, not a failure.
    process.on('uncaughtException', (err: { code?: string }) => {
      if (err.code !== '57P01') throw err;
    });
    await pg.stop();
    scratch.remove();
  }
}
