import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl } from '@/lib/env';
import { poolConfig } from './pg-config';

export function createClient(url: string) {
  // Password hashes are never selected unless a query asks for them by name (sign-in does).
  return new PrismaClient({ adapter: new PrismaPg(poolConfig(url, 10)), omit: { user: { passwordHash: true } } });
}

type TClient = ReturnType<typeof createClient>;

// One client per process, kept on globalThis so dev-mode reloads do not open new pools, and
// created on first use so that building the app needs no database.
const holder = globalThis as unknown as { hindsightDb?: TClient };

export const db: TClient = new Proxy({} as TClient, {
  get(_target, prop) {
    holder.hindsightDb ??= createClient(databaseUrl());
    const value = Reflect.get(holder.hindsightDb, prop);
    return typeof value === 'function' ? value.bind(holder.hindsightDb) : value;
  },
});

export type TTransaction = Parameters<Parameters<TClient['$transaction']>[0]>[0];
