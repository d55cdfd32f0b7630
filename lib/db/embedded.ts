// The zero-setup database: PostgreSQL 17 compiled to WebAssembly (PGlite), served over the
// Postgres wire protocol so Prisma, the migration CLI and psql talk to it like any server.
// Data lives in a git-ignored folder, so a second start finds everything where it was left.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type TEmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  host?: string;
}): Promise<TEmbeddedPostgres> {
  const host = opts.host ?? '127.0.0.1';
  mkdirSync(opts.dataDir, { recursive: true });
  // pg_trgm powers the search engine's typo tolerance (lib/search/builtin).
  const db = await PGlite.create({ dataDir: opts.dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host, port: opts.port, maxConnections: 20 });
  try {
    await server.start();
  } catch (err) {
    await db.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new Error(
        `Port ${opts.port} is in use: is Hindsight already running? Stop it, or set HINDSIGHT_DB_PORT.`,
      );
    }
    throw err;
  }
  return {
    url: `postgres://postgres@${host}:${opts.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
