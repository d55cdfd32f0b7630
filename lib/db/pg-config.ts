// Builds node-postgres settings from a connection URL. Shared by the app's Prisma client and
// prisma.config.ts (the migration CLI), so it reads no environment and imports nothing server-only.
import pg from 'pg';

// Postgres' `name` (19) and `char` (18) columns appear in catalog queries that Prisma's schema
// engine runs while migrating; @prisma/adapter-pg cannot map them (prisma/orm#27403). Both are
// text to us, so they are reported as text (25).
const AS_TEXT = new Set([18, 19]);

function asText(res: pg.QueryResult | undefined) {
  for (const field of res?.fields ?? []) {
    if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = 25;
  }
  return res;
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() is heavily overloaded: a pool calls it with a callback, others await a promise.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, asText(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<pg.QueryResult>).then(asText) as never;
    }
    return result as never;
  }
}

export function poolConfig(url: string, max = 10): pg.PoolConfig {
  const u = new URL(url);
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must be a postgres:// URL, got ${u.protocol}`);
  }
  return {
    host: decodeURIComponent(u.hostname) || '127.0.0.1',
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || 'postgres',
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    max,
    // No JIT: PostgreSQL compiles queries it thinks are expensive, and ours (short lookups and
    // searches over a sample) lose more to compiling than they gain. Debian's PostgreSQL 15 has
    // it on: a search of 10,000 pages took 1.1–3.4 s with it and 110–160 ms without.
    options: '-c jit=off',
    idleTimeoutMillis: 1_000,
    allowExitOnIdle: true,
    Client: CatalogFriendlyClient as unknown as typeof pg.Client,
  };
}
