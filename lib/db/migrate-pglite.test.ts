// The one-time move from the old embedded database (PGlite) into PostgreSQL: a PGlite folder
// with the committed schema and a wiki's rows is copied into a fresh database on the local
// server, rows, generated columns and sequences included, and the old folder is set aside.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from '@/test/database-setup';
import { runPrisma } from '../../scripts/prisma.mjs';
import { migrateFromPglite } from './migrate-pglite';

const work = mkdtempSync(path.join(os.tmpdir(), 'hindsight-pglite-'));
const pgliteDir = path.join(work, 'pglite');
const target = scratchDatabase(`hindsight_pglite_${process.pid}`);
const targetUrl = target.url;

beforeAll(async () => {
  // The old folder, with the committed schema applied the way the old start command did it
  // (through one socket connection), then a wiki's rows.
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 54391, maxConnections: 1 });
  await server.start();
  await runPrisma(['migrate', 'deploy'], {
    ...process.env,
    DATABASE_URL: 'postgres://postgres@127.0.0.1:54391/postgres',
    HINDSIGHT_QUIET: '1',
  });
  await server.stop();
  await db.exec(`
    INSERT INTO "User" (id, email, name, role, "passwordHash") VALUES ('u1', 'ada@example.com', 'Ada', 'admin', 'argon2-hash');
    INSERT INTO "Project" (id, slug, name, visibility, "updatedAt") VALUES ('p1', 'churn', 'Churn', 'restricted', now());
    INSERT INTO "Document" (id, "projectId", kind, slug, title, "titleKey", body, "ownerId", "updatedAt", fields, "missingItems")
      VALUES ('d1', 'p1', 'runbook', 'oncall', 'On-call', 'on-call', 'Post in #ml-oncall when **drift** alerts fire.', 'u1', now(), '{"severity": "high"}', ARRAY['owner']);
    INSERT INTO "Revision" (id, "documentId", version, title, body, "authorId", html, toc, "renderVersion")
      VALUES ('r1', 'd1', 1, 'On-call', 'Post in #ml-oncall', 'u1', '<p>x</p>', '[]', 1);
    INSERT INTO "SearchOutbox" ("documentId") VALUES ('d1'), ('d1');
  `);
  await db.close();
  await target.create();
  await runPrisma(['migrate', 'deploy'], { ...process.env, DATABASE_URL: targetUrl, HINDSIGHT_QUIET: '1' });
}, 120_000);

afterAll(async () => {
  await target.drop();
  rmSync(work, { recursive: true, force: true });
});

describe('migrateFromPglite', () => {
  it('copies every row into the new database and sets the old folder aside', async () => {
    const report = await migrateFromPglite(pgliteDir, targetUrl);
    expect(report.rows).toBe(6);
    expect(existsSync(pgliteDir)).toBe(false);
    expect(readdirSync(work).some((f) => f.startsWith('pglite-migrated-'))).toBe(true);

    const c = new pg.Client({ connectionString: targetUrl });
    await c.connect();
    try {
      const doc =
        await c.query(`SELECT d.body, d.kind::text, d.fields, d."missingItems", d."bodyVector" IS NOT NULL AS vec, p.visibility::text AS vis
        FROM "Document" d JOIN "Project" p ON p.id = d."projectId"`);
      expect(doc.rows).toEqual([
        {
          body: 'Post in #ml-oncall when **drift** alerts fire.',
          kind: 'runbook',
          fields: { severity: 'high' },
          missingItems: ['owner'],
          vec: true,
          vis: 'restricted',
        },
      ]);
      const user = await c.query(`SELECT "passwordHash" FROM "User" WHERE id = 'u1'`);
      expect(user.rows[0]?.passwordHash).toBe('argon2-hash');
      // The outbox's sequence continues after the copied ids.
      const next = await c.query(`INSERT INTO "SearchOutbox" ("documentId") VALUES ('d1') RETURNING id`);
      expect(Number(next.rows[0]?.id)).toBe(3);
    } finally {
      await c.end();
    }
  });

  it('refuses to copy over a database that already holds a wiki', async () => {
    const again = path.join(work, 'again');
    const db = await PGlite.create({ dataDir: again, extensions: { pg_trgm } });
    await db.close();
    await expect(migrateFromPglite(again, targetUrl)).rejects.toThrow(/already holds users or documents/);
    expect(existsSync(again)).toBe(true);
  });
});
