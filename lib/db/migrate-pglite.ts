// One-time move of a wiki kept in the old embedded database (PGlite, `.data/pglite`) into the
// PostgreSQL server that replaced it. PGlite cannot safely serve several connections, so the old
// folder is opened in this process alone: its schema is first brought up to date by the
// committed migrations, then every table is copied row for row into the new database in one
// transaction. The old folder is left in place (renamed) until the person deletes it.
import { renameSync } from 'node:fs';
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { runPrisma } from '../../scripts/prisma.mjs';

export type TMigrationReport = { tables: number; rows: number; movedTo: string };

const BATCH = 500;

export async function migrateFromPglite(
  pgliteDir: string,
  targetUrl: string,
  log: (line: string) => void = () => {},
): Promise<TMigrationReport> {
  const source = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm } });
  let rows = 0;
  let tables: string[] = [];
  try {
    await upgradeSchema(source);
    const target = new pg.Client({ connectionString: targetUrl });
    await target.connect();
    try {
      await assertEmpty(target);
      tables = await tableNames(target);
      await target.query('BEGIN');
      // Foreign keys and triggers are not checked while copying: the rows were consistent in
      // the old database, and tables can then be copied in any order.
      await target.query('SET LOCAL session_replication_role = replica');
      for (const table of tables) {
        const copied = await copyTable(source, target, table);
        if (copied) log(`  ${table}: ${copied} rows`);
        rows += copied;
      }
      await resetSequences(target);
      await target.query('COMMIT');
      await target.query('ANALYZE');
    } catch (err) {
      await target.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      await target.end();
    }
  } finally {
    await source.close();
  }
  const movedTo = `${pgliteDir}-migrated-${new Date().toISOString().slice(0, 10)}`;
  renameSync(pgliteDir, movedTo);
  return { tables: tables.length, rows, movedTo };
}

/** Applies any migration the old folder lacks, through one socket connection to it. */
async function upgradeSchema(db: PGlite) {
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 1 });
  await server.start();
  try {
    await runPrisma(['migrate', 'deploy'], {
      ...process.env,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
      HINDSIGHT_QUIET: '1',
    });
  } finally {
    await server.stop();
  }
}

async function assertEmpty(target: pg.Client) {
  const { rows } = await target.query<{ n: string }>('SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Document") AS n');
  if (Number(rows[0]?.n) > 0) {
    throw new Error('The new database already holds users or documents; the old data was not copied over them.');
  }
}

async function tableNames(target: pg.Client): Promise<string[]> {
  const { rows } = await target.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

async function copyTable(source: PGlite, target: pg.Client, table: string): Promise<number> {
  // Generated columns (Document.bodyVector) are computed again by the new server.
  const { rows: cols } = await target.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
     WHERE a.attrelid = format('public.%I', $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [table],
  );
  const present = await source.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    [table],
  );
  const have = new Set(present.rows.map((r) => r.name));
  const columns = cols.map((c) => c.name).filter((c) => have.has(c));
  if (columns.length === 0) return 0;
  const list = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
  const quoted = `"${table.replaceAll('"', '""')}"`;
  let copied = 0;
  await source.transaction(async (tx) => {
    await tx.exec(`DECLARE rows_out NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM (SELECT ${list} FROM ${quoted}) t`);
    for (;;) {
      const batch = await tx.query<{ j: string }>(`FETCH ${BATCH} FROM rows_out`);
      if (batch.rows.length === 0) break;
      await target.query(`INSERT INTO ${quoted} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoted}, $1::json)`, [
        `[${batch.rows.map((r) => r.j).join(',')}]`,
      ]);
      copied += batch.rows.length;
    }
    await tx.exec('CLOSE rows_out');
  });
  return copied;
}

async function resetSequences(target: pg.Client) {
  const { rows } = await target.query<{ seq: string; tbl: string; col: string }>(
    `SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
     FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S'`,
  );
  for (const r of rows) {
    await target.query(
      `SELECT setval($1::regclass, COALESCE((SELECT max("${r.col.replaceAll('"', '""')}") FROM ${r.tbl}), 0) + 1, false)`,
      [r.seq],
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
