// Playwright's web server: a fresh database for the run (hindsight_e2e on the local PostgreSQL,
// dropped and recreated each time), migrated and seeded from content/, behind `next start`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { runPrisma } from '../scripts/prisma.mjs';

const root = path.resolve(__dirname, '..');
const port = process.env.E2E_PORT ?? '3100';
const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
if (!['127.0.0.1', 'localhost', '::1'].includes(server.hostname)) {
  throw new Error('End-to-end tests only run against a local PostgreSQL.');
}
const name = process.env.E2E_DATABASE ?? 'hindsight_e2e';

async function main() {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  const { importContent } = await import('@/lib/content/import-content');
  await importContent(path.join(root, 'content'));
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
  next.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
