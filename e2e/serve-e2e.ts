// Playwright's web server: a fresh database for the run (hindsight_e2e on the local PostgreSQL,
// dropped and recreated each time), migrated and seeded from content/, behind `next start`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { runPrisma } from '../scripts/prisma.mjs';
import { OIDC, PEOPLE, RESTRICTED } from './fixtures/people';

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
  Object.assign(process.env, {
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: 'e2e-only-secret-0123456789-0123456789-0123456789',
    OIDC_ISSUER: `http://localhost:${OIDC.port}`,
    OIDC_CLIENT_ID: OIDC.clientId,
    OIDC_CLIENT_SECRET: OIDC.clientSecret,
    OIDC_NAME: 'Company SSO',
    // Small limits so the rate-limit spec trips and recovers within seconds.
    HINDSIGHT_SIGNIN_ACCOUNT_LIMIT: '3',
    HINDSIGHT_SIGNIN_WINDOW_SECONDS: '4',
  });
  const { importContent } = await import('@/lib/content/import-content');
  await importContent(path.join(root, 'content'));
  await seedPeople();
  // The same search indexer `npm start` runs, draining quickly so specs see their saves.
  const { startSearchWorker } = await import('@/lib/search/worker');
  const { searchEngine } = await import('@/lib/search/engine');
  await startSearchWorker(searchEngine(), { intervalMs: 200 }).ready;
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
  next.on('exit', (code) => process.exit(code ?? 0));
}

async function seedPeople() {
  const { db } = await import('@/lib/db/client');
  const { hashPassword } = await import('@/lib/auth/passwords');
  const { createDocument } = await import('@/lib/documents/create-document');
  const ids: Record<string, string> = {};
  for (const [key, p] of Object.entries(PEOPLE)) {
    const user = await db.user.create({
      data: { email: p.email, name: p.name, role: p.role, jobRole: key === 'admin' ? 'lead' : 'ml_engineer', passwordHash: await hashPassword(p.password) },
    });
    ids[key] = user.id;
  }
  const project = await db.project.create({
    data: { slug: RESTRICTED.project, name: RESTRICTED.name, visibility: 'restricted', description: 'Postmortems with customer details. Members only.' },
  });
  await db.projectMember.create({ data: { projectId: project.id, userId: ids.member!, role: 'editor' } });
  await createDocument({ id: ids.member! }, {
    kind: 'retrospective',
    projectSlug: RESTRICTED.project,
    slug: RESTRICTED.doc,
    title: RESTRICTED.title,
    body: '## What happened\n\nLabels leaked into features. See [[Data validation]].',
    tags: ['incident'],
    status: 'published',
    fields: {
      decisions: [{ decision: 'Drop the leaky feature days_to_chargeback', rationale: 'Known only after the outcome', decidedBy: 'Mia Member', date: '2026-10-02' }],
      lessons: [{ text: 'Check every feature is known at decision time', tags: ['leakage'] }],
    },
  });
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
