import 'server-only';
import type { TSearchEngine } from './contract';
import { drainOutbox, reconcileIndex } from './drain-outbox';

/**
 * The indexer that runs next to the web server: repairs the index once (anything whose indexed
 * version lags), then drains the outbox every `intervalMs`. Safe with several servers running.
 */
export function startSearchWorker(engine: TSearchEngine, { intervalMs = 1000, log = console, keepAlive = false } = {}) {
  let running = false;
  let stopped = false;
  let lastError = '';
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await drainOutbox(engine);
      lastError = '';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // Said once per distinct failure; the rows wait with a backoff and are retried.
      if (message !== lastError) log.error(`Search indexing failed (will retry): ${message}`);
      lastError = message;
    } finally {
      running = false;
    }
  };
  const ready = reconcileIndex()
    .then((queued) => {
      if (queued > 0) log.log(`Search: ${queued} document(s) queued for indexing.`);
      return tick();
    })
    .catch((err: unknown) => log.error(`Search reconciliation failed: ${err instanceof Error ? err.message : String(err)}`));
  const timer = setInterval(() => void tick(), intervalMs);
  // Beside a web server the server keeps the process alive; a worker process needs the timer to.
  if (!keepAlive) timer.unref();
  return {
    ready,
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
