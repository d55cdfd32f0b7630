// Playwright's web server: the embedded PostgreSQL that `npm start` uses (a fresh, throw-away
// cluster for each run), migrated and seeded from content/, behind `next start`. The browser
// specs therefore run against the default a new user gets.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from '@/lib/db/embedded';
import { scratchDataDir } from '@/lib/db/embedded-host';
import { runPrisma } from '../scripts/prisma.mjs';
import { OIDC, PEOPLE, RESTRICTED } from './fixtures/people';
import { ports } from './ports';

const root = path.resolve(__dirname, '..');
const port = String(ports().app);
const scratch = scratchDataDir('hindsight-e2e-');
let database: TEmbeddedPostgres | undefined;
let next: ChildProcess | undefined;

async function stop(code: number) {
  next?.kill('SIGTERM');
  await database?.stop().catch(() => {});
  scratch.remove();
  process.exit(code);
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  database = await startEmbeddedPostgres({ dataDir: scratch.dataDir, port: ports().db });
  process.env.DATABASE_URL = database.url;
  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  Object.assign(process.env, {
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: 'e2e-only-secret-0123456789-0123456789-0123456789',
    OIDC_ISSUER: `http://localhost:${OIDC.port}`,
    OIDC_CLIENT_ID: OIDC.clientId,
    OIDC_CLIENT_SECRET: OIDC.clientSecret,
    OIDC_NAME: 'Company SSO',
    // A small limit so the rate-limit spec trips in three tries (the window stays 15 minutes).
    HINDSIGHT_SIGNIN_ACCOUNT_LIMIT: '3',
    // The webhook spec's receiver listens on this machine.
    HINDSIGHT_WEBHOOK_ALLOW: '127.0.0.1',
    // The notifications spec runs an SMTP server on this port and reads what the worker sends.
    SMTP_URL: `smtp://127.0.0.1:${ports().smtp}`,
    MAIL_FROM: 'Hindsight <hindsight@e2e.test>',
  });
  const { importContent } = await import('@/lib/content/import-content');
  await importContent(path.join(root, 'content'));
  await seedPeople();
  // The same search indexer `npm start` runs, draining quickly so specs see their saves.
  const { startSearchWorker } = await import('@/lib/search/worker');
  const { searchEngine } = await import('@/lib/search/engine');
  await startSearchWorker(searchEngine(), { intervalMs: 200 }).ready;
  const { startWebhookWorker } = await import('@/lib/webhooks/worker');
  await startWebhookWorker({ intervalMs: 200 }).ready;
  next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  next.on('exit', (code) => void stop(code ?? 0));
}

async function seedPeople() {
  const { db } = await import('@/lib/db/client');
  const { hashPassword } = await import('@/lib/auth/passwords');
  const { createDocument } = await import('@/lib/documents/create-document');
  const ids: Record<string, string> = {};
  for (const [key, p] of Object.entries(PEOPLE)) {
    const user = await db.user.create({
      data: {
        email: p.email,
        name: p.name,
        role: p.role,
        jobRole: key === 'admin' ? 'lead' : 'ml_engineer',
        passwordHash: await hashPassword(p.password),
      },
    });
    ids[key] = user.id;
  }
  const project = await db.project.create({
    data: {
      slug: RESTRICTED.project,
      name: RESTRICTED.name,
      visibility: 'restricted',
      description: 'Postmortems with customer details. Members only.',
    },
  });
  await db.projectMember.create({ data: { projectId: project.id, userId: ids.member!, role: 'editor' } });
  await createDocument(
    { id: ids.member! },
    {
      kind: 'retrospective',
      projectSlug: RESTRICTED.project,
      slug: RESTRICTED.doc,
      title: RESTRICTED.title,
      body: '## What happened\n\nLabels leaked into features. See [[Data validation]].',
      tags: ['incident'],
      status: 'published',
      fields: {
        decisions: [
          {
            decision: 'Drop the leaky feature days_to_chargeback',
            rationale: 'Known only after the outcome',
            decidedBy: 'Mia Member',
            date: '2026-10-02',
          },
        ],
        lessons: [{ text: 'Check every feature is known at decision time', tags: ['leakage'] }],
      },
    },
  );
}

main().catch((err: Error) => {
  console.error(err);
  void stop(1);
});
