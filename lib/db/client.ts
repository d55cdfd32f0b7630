import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl } from '@/lib/env';
import { poolConfig } from './pg-config';

export function createClient(url: string) {
  return clientAndPool(url).client;
}

function clientAndPool(url: string) {
  const pool = new pg.Pool(poolConfig(url, 10));
  // Password hashes are never selected unless a query asks for them by name (sign-in does).
  const client = new PrismaClient({
    adapter: new PrismaPg(pool),
    omit: { user: { passwordHash: true }, webhookEndpoint: { secret: true, previousSecret: true } },
  });
  return { client, pool };
}

type TClient = ReturnType<typeof createClient>;

// One client per process, kept on globalThis so dev-mode reloads do not open new pools, and
// created on first use so that building the app needs no database.
const holder = globalThis as unknown as { hindsightDb?: { client: TClient; pool: pg.Pool } };
const shared = () => (holder.hindsightDb ??= clientAndPool(databaseUrl()));

export const db: TClient = new Proxy({} as TClient, {
  get(_target, prop) {
    const value = Reflect.get(shared().client, prop);
    return typeof value === 'function' ? value.bind(shared().client) : value;
  },
});

/**
 * The connection pool under `db`, for the few hot paths where Prisma's per-statement overhead
 * (about 1 ms) is most of the cost (search runs several short statements per keystroke).
 */
export function dbPool(): pg.Pool {
  return shared().pool;
}

export type TTransaction = Parameters<Parameters<TClient['$transaction']>[0]>[0];
