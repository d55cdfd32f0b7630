import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dbPool } from './client';

/** Statements on one connection inside one read-only transaction. */
export type TReadSession = { query<T>(sql: Prisma.Sql): Promise<T[]> };

/**
 * Runs `fn` in a read-only transaction on one pooled connection, straight through node-postgres:
 * one snapshot for every statement, `settings` (and any set_config(..., true) inside) last
 * until the end, and a fraction of Prisma's overhead per statement. Statements are Prisma.sql templates, so
 * values are always parameters.
 */
export async function withReadSession<T>(settings: Record<string, string>, fn: (s: TReadSession) => Promise<T>): Promise<T> {
  const client = await dbPool().connect();
  let broken = false;
  try {
    // One round trip: settings are this module's callers' constants (names and values are
    // checked here anyway, as they cannot be parameters of SET).
    const sets = Object.entries(settings).map(([name, value]) => {
      if (!/^[a-z_.]+$/.test(name) || !/^[A-Za-z0-9. ]+$/.test(value)) throw new Error(`Bad setting ${name}`);
      return `SET LOCAL ${name} = '${value}'`;
    });
    await client.query(['BEGIN READ ONLY', ...sets].join('; '));
    const result = await fn({ query: async <R>(sql: Prisma.Sql) => (await client.query(sql.text, sql.values)).rows as R[] });
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A connection that cannot even roll back is dropped, not handed to the next caller.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    client.release(broken);
  }
}
