// Vitest global setup: creates a fresh PostgreSQL database for this run, applies the committed
// migrations to it, and drops it afterwards. Refuses any server that is not on this machine.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runPrisma } from '../scripts/prisma.mjs';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function testServerUrl(): URL {
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  if (!LOCAL_HOSTS.has(base.hostname)) {
    throw new Error(`Tests only run against a local PostgreSQL; TEST_DATABASE_URL points at ${base.hostname}.`);
  }
  return base;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl().toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function setup() {
  const name = `hindsight_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.NEXTAUTH_SECRET ??= 'test-only-secret-that-is-long-enough-0123456789';
  // Request logs would bury the test report; observability.test.ts reads them through a stream.
  process.env.HINDSIGHT_LOG_LEVEL ??= 'silent';
  // Low, so the token rate-limit test reaches it in a few dozen requests.
  process.env.HINDSIGHT_TOKEN_RATE_LIMIT ??= '30';
  // The webhook tests' receivers listen on this machine.
  process.env.HINDSIGHT_WEBHOOK_ALLOW ??= '127.0.0.1';
  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  return async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
}

/**
 * A database of the test's own on the local server, beside the run's (for tests that migrate a
 * fresh one themselves): `create()` drops any leftover and makes it empty, `drop()` removes it.
 */
export function scratchDatabase(name: string) {
  const url = testServerUrl();
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    create: () =>
      admin(async (c) => (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), await c.query(`CREATE DATABASE "${name}"`))),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
