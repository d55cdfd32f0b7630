// npm run worker — the background jobs, in a process of their own: the search indexer (repairs
// what lags, then drains the outbox) and the webhook sender (due deliveries, reminder sweeps). Run one or more beside the `next start` servers;
// several are safe together. SIGTERM or SIGINT lets the current batch finish, then exits.
import path from 'node:path';
import { databaseForScript } from '@/lib/db/embedded-local';

const root = path.resolve(__dirname, '..');

async function main() {
  const stopDatabase = await databaseForScript(root);
  const { startSearchWorker } = await import('@/lib/search/worker');
  const { searchEngine } = await import('@/lib/search/engine');
  const engine = searchEngine();
  const { startWebhookWorker } = await import('@/lib/webhooks/worker');
  const worker = startSearchWorker(engine, { keepAlive: true });
  const webhooks = startWebhookWorker({ keepAlive: true });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Worker stopping: finishing the current batch…');
    await Promise.all([worker.stop(), webhooks.stop()]);
    await stopDatabase();
    console.log('Worker stopped.');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  await Promise.all([worker.ready, webhooks.ready]);
  console.log(`Worker running: search indexer (${engine.name} engine) and webhooks. Ctrl+C stops it.`);
}

main().catch((err: Error) => {
  console.error(`worker failed: ${err.message}`);
  process.exit(1);
});
