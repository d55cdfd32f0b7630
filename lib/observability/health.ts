import 'server-only';
import { dbPool } from '@/lib/db/client';
import { searchEngine } from '@/lib/search/engine';
import { outboxStats } from '@/lib/search/outbox-stats';

// Readiness for load balancers: the database (required), the search engine and how far the
// indexer lags (both reported; a lagging or absent search degrades the wiki, it does not stop it).

const LAG_DEGRADED_SECONDS = 300;

export type THealth = {
  status: 'ok' | 'degraded' | 'down';
  database: { ok: boolean; ms?: number };
  search: { engine: string; ok: boolean; error?: string };
  indexer: { queued: number; oldestSeconds: number; failing: number } | null;
};

async function timed<T>(fn: () => Promise<T>, ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<THealth> {
  const engine = searchEngine();
  const started = performance.now();
  const database = await timed(() => dbPool().query('SELECT 1')).then(
    () => ({ ok: true, ms: Math.round(performance.now() - started) }),
    () => ({ ok: false }),
  );
  if (!database.ok)
    return { status: 'down', database, search: { engine: engine.name, ok: false, error: 'database unreachable' }, indexer: null };
  const [search, indexer] = await Promise.all([
    timed(() => engine.ping()).then(
      () => ({ engine: engine.name, ok: true }),
      (err: Error) => ({ engine: engine.name, ok: false, error: err.message.slice(0, 200) }),
    ),
    timed(outboxStats).then((stats) => ({ ...stats, oldestSeconds: Math.round(stats.oldestSeconds) })),
  ]);
  const degraded = !search.ok || indexer.oldestSeconds > LAG_DEGRADED_SECONDS;
  return { status: degraded ? 'degraded' : 'ok', database, search, indexer };
}
