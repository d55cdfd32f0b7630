import 'server-only';
import client from 'prom-client';
import { dbPool } from '@/lib/db/client';
import { outboxStats } from '@/lib/search/outbox-stats';

// Prometheus metrics of this process, read at GET /api/metrics: request latency by route, search
// latency, and, computed from PostgreSQL when scraped, the outbox's depth, oldest age and failing
// rows (shared by every worker) and this process's database pool.

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'hindsight_' });
  const http = new client.Histogram({
    name: 'hindsight_http_request_duration_seconds',
    help: 'Route handler latency, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const search = new client.Histogram({
    name: 'hindsight_search_duration_seconds',
    help: 'Search latency, by engine and outcome',
    labelNames: ['engine', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Read from PostgreSQL once per scrape (observeDatabase), not once per gauge.
  const outboxDepth = new client.Gauge({ name: 'hindsight_outbox_depth', help: 'Documents waiting to be indexed', registers: [registry] });
  const outboxOldest = new client.Gauge({
    name: 'hindsight_outbox_oldest_seconds',
    help: 'Age of the oldest waiting outbox row (0 when empty)',
    registers: [registry],
  });
  const failing = new client.Gauge({
    name: 'hindsight_indexer_failing_rows',
    help: 'Outbox rows whose last indexing attempt failed (they are retried with backoff)',
    registers: [registry],
  });
  const pool = new client.Gauge({
    name: 'hindsight_db_pool_connections',
    help: "This process's PostgreSQL pool, by state",
    labelNames: ['state'] as const,
    registers: [registry],
  });
  return { registry, http, search, outboxDepth, outboxOldest, failing, pool };
}

/** Brings the database gauges up to date; the metrics route calls it before each scrape. */
export async function observeDatabase() {
  const m = metrics();
  const stats = await outboxStats();
  m.outboxDepth.set(stats.queued);
  m.outboxOldest.set(stats.oldestSeconds);
  m.failing.set(stats.failing);
  const pool = dbPool();
  m.pool.set({ state: 'total' }, pool.totalCount);
  m.pool.set({ state: 'idle' }, pool.idleCount);
  m.pool.set({ state: 'waiting' }, pool.waitingCount);
}

const holder = globalThis as unknown as { hindsightMetrics?: ReturnType<typeof create> };
export const metrics = () => (holder.hindsightMetrics ??= create());

/** A route's label: ids and slugs in the path become placeholders, so labels stay few. */
export function routeLabel(pathname: string): string {
  const parts = pathname.split('/');
  return parts
    .map((part, i) => {
      const previous = parts[i - 1];
      if (previous === 'documents' || previous === 'users') return part === 'restore' || part === 'verify' ? part : ':id';
      if (previous === 'projects') return ':slug';
      return part;
    })
    .join('/');
}
