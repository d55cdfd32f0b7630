// The embedded PostgreSQL that `npm start` uses, started for real: it keeps data across
// restarts, loads pg_trgm, stops a server a killed launcher left behind, says which port is
// busy, and — started by root, as in CI — refuses a data folder the server's account cannot
// reach, or (for the default folder) picks one it can.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded';
import { chooseDataDir, scratchDataDir } from './embedded-host';

const isRoot = process.getuid?.() === 0;
const PORT = 54000 + (process.pid % 800);
const scratch = scratchDataDir('hindsight-embedded-test-');
const running: TEmbeddedPostgres[] = [];

afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
  scratch.remove();
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  it('starts PostgreSQL 17 with pg_trgm, and finds its data again after a restart', async () => {
    const first = await startEmbeddedPostgres({ dataDir: scratch.dataDir, port: PORT });
    expect(first.url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${PORT}/hindsight$`));
    expect((await query(first.url, 'SELECT version()'))[0].version).toMatch(/^PostgreSQL 17\./);
    await query(first.url, "CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    expect((await query(first.url, "SELECT similarity('drift', 'drfit') > 0.1 AS close"))[0].close).toBe(true);
    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir: scratch.dataDir, port: PORT });
    running.push(again);
    expect(await query(again.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
  });

  it('keeps each connection’s session apart under concurrent parameterised queries', async () => {
    const db = running[0]!;
    const pool = new pg.Pool({ connectionString: db.url, max: 10 });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        pool.query<{ a: number; b: string }>('SELECT $1::int AS a, $2::text AS b, pg_sleep(0.001)', [i, `v${i}`]),
      ),
    );
    await pool.end();
    expect(answers.map((r) => [r.rows[0]!.a, r.rows[0]!.b])).toEqual(Array.from({ length: 200 }, (_, i) => [i, `v${i}`]));
  });

  it('stops a server that a killed launcher left running on the same folder, then starts', async () => {
    // The server from the first test is still running and holds the folder and the port.
    const db = running.pop()!;
    const next = await startEmbeddedPostgres({ dataDir: scratch.dataDir, port: PORT });
    running.push(next);
    expect(await query(next.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
    await db.stop(); // already gone: a no-op
  });

  it('names a port that something else holds', async () => {
    const squatter = net.createServer().listen(PORT + 1, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    const other = scratchDataDir('hindsight-embedded-port-');
    try {
      await expect(startEmbeddedPostgres({ dataDir: other.dataDir, port: PORT + 1 })).rejects.toThrow(
        `Port ${PORT + 1} is in use: is Hindsight already running? Stop it, or set HINDSIGHT_DB_PORT to another port.`,
      );
    } finally {
      squatter.close();
      other.remove();
    }
  });
});

describe.skipIf(!isRoot)('started by root: folders the postgres user cannot enter', () => {
  const privateHome = mkdtempSync(path.join(os.tmpdir(), 'hindsight-private-'));
  chmodSync(privateHome, 0o700);
  afterAll(() => rmSync(privateHome, { recursive: true, force: true }));

  it('refuses an explicit data folder inside a private folder, naming what blocks it', async () => {
    const dataDir = path.join(privateHome, 'wiki', 'postgres');
    await expect(startEmbeddedPostgres({ dataDir, port: PORT + 2 })).rejects.toThrow(
      new RegExp(`cannot reach ${path.join(privateHome, 'wiki')} \\(${privateHome} has mode 700\\)`),
    );
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(false);
  });

  it('keeps the default data folder of a clone in a private folder under /var/lib/hindsight, and says so', () => {
    const clone = path.join(privateHome, 'hindsight');
    mkdirSync(clone, { recursive: true });
    const { dataDir, note } = chooseDataDir(clone, undefined);
    try {
      expect(dataDir).toMatch(/^\/var\/lib\/hindsight\/hindsight-[0-9a-f]{8}\/postgres$/);
      expect(note).toContain(dataDir);
    } finally {
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
    // A clone anywhere the server's account can enter keeps its data in .data/postgres.
    expect(chooseDataDir(path.dirname(scratch.dataDir), undefined)).toEqual({
      dataDir: path.join(path.dirname(scratch.dataDir), '.data', 'postgres'),
    });
  });
});
