// The production processes as a deployment runs them: `npm run migrate` twice at once on a fresh
// database, then `npm run worker` indexing a new page and stopping cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from '@/test/database-setup';

const root = path.resolve(__dirname, '..');
const database = scratchDatabase(`hindsight_ops_${process.pid}`);
const url = database.url;

function run(script: string, env: Record<string, string> = {}) {
  let output = '';
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', `scripts/${script}.ts`],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: 'ops-test-secret-0123456789-0123456789-0123', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function query<T>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

beforeAll(() => database.create());
afterAll(() => database.drop());

describe('npm run migrate, twice at once on a fresh database', () => {
  it('migrates once, imports every page once and creates (and prints) one admin', async () => {
    const [a, b] = [run('migrate'), run('migrate')];
    expect([await a.exited, await b.exited], a.output() + b.output()).toEqual([0, 0]);
    const printed = [a.output(), b.output()].filter((o) => /password: \S+/.test(o));
    expect(printed).toHaveLength(1);
    const n = (await query<{ n: string }>(`SELECT count(*) AS n FROM "Document"`))[0]!.n;
    const created = [a.output(), b.output()].map((o) => Number(/Content: (\d+) created/.exec(o)?.[1]));
    expect(created.sort()).toEqual([0, Number(n)]);
    expect(Number(n)).toBeGreaterThan(15);
    expect(await query(`SELECT email FROM "User" WHERE role = 'admin'`)).toEqual([{ email: 'admin@hindsight.local' }]);
  }, 180_000);
});

describe('npm run worker', () => {
  it('indexes what is saved, and on SIGTERM finishes its batch and exits 0', async () => {
    const worker = run('worker');
    await expect.poll(worker.output, { timeout: 60_000 }).toContain('Worker running: search indexer');
    // Every imported page gets indexed; then a page dropped from the index and queued again is too.
    await expect
      .poll(
        async () =>
          (
            await query<{ n: string }>(
              `SELECT count(*) AS n FROM "Document" WHERE "indexedVersion" IS DISTINCT FROM version AND "deletedAt" IS NULL`,
            )
          )[0]!.n,
        { timeout: 60_000 },
      )
      .toBe('0');
    const [doc] = await query<{ id: string }>(`SELECT id FROM "Document" ORDER BY id LIMIT 1`);
    await query(
      `DELETE FROM "SearchDocument" WHERE "documentId" = '${doc!.id}'; UPDATE "Document" SET "indexedVersion" = NULL WHERE id = '${doc!.id}'; INSERT INTO "SearchOutbox" ("documentId") VALUES ('${doc!.id}')`,
    );
    await expect
      .poll(async () => (await query(`SELECT 1 FROM "SearchDocument" WHERE "documentId" = '${doc!.id}'`)).length, { timeout: 60_000 })
      .toBe(1);
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain('Worker stopped.');
  }, 180_000);
});
