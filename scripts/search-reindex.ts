// npm run search:reindex — rebuilds the search index from PostgreSQL, with a progress bar.
// Uses DATABASE_URL; without it, the embedded database (the running wiki's, or started here).
import path from 'node:path';
import { databaseForScript } from '@/lib/db/embedded-local';

const root = path.resolve(__dirname, '..');

function bar(done: number, total: number, startedAt: number) {
  const share = total ? done / total : 1;
  const width = 30;
  const filled = Math.round(share * width);
  const rate = done / Math.max(0.001, (Date.now() - startedAt) / 1000);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${done}/${total}  ${rate.toFixed(0)} docs/s`;
}

async function main() {
  const stopDatabase = await databaseForScript(root);
  const { reindexAll } = await import('@/lib/search/reindex');
  const { searchEngine } = await import('@/lib/search/engine');
  const engine = searchEngine();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  const result = await reindexAll(engine, ({ done, total, startedAt }) => {
    if (tty) process.stderr.write(`\r${bar(done, total, startedAt)}`);
    else if (Math.floor((10 * done) / Math.max(1, total)) > lastTenth) {
      lastTenth = Math.floor((10 * done) / Math.max(1, total));
      console.log(bar(done, total, startedAt));
    }
  });
  if (tty) process.stderr.write('\n');
  console.log(
    `Reindexed ${result.documents} documents with the ${engine.name} engine in ${result.seconds.toFixed(1)} s (${(result.documents / Math.max(result.seconds, 0.001)).toFixed(0)} docs/s).`,
  );
  await stopDatabase();
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`Reindex failed: ${err.message}`);
    process.exit(1);
  },
);
