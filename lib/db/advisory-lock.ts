import 'server-only';
import { dbPool } from './client';

/**
 * Runs `fn` while holding a PostgreSQL advisory lock named `name`: another process (a second
 * `npm run migrate`, a second worker starting) waits for it. The lock belongs to one pooled
 * connection held for the duration; if the process dies, PostgreSQL releases it with the session.
 */
export async function withAdvisoryLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const client = await dbPool().connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`hindsight:${name}`]);
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`hindsight:${name}`]);
    }
  } finally {
    client.release();
  }
}
