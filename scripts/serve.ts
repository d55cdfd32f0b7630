// Started by `npm start` (scripts/start.mjs). Brings up the database (the embedded one unless
// DATABASE_URL is set), applies migrations, imports content/, builds the app if the build is
// missing or older than the source, then runs `next start` and prints the URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from '@/lib/db/embedded';
import { runPrisma } from './prisma.mjs';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

async function main() {
  let embedded: TEmbeddedPostgres | undefined;
  let next: ChildProcess | undefined;
  const shutdown = async (code = 0) => {
    next?.kill('SIGTERM');
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  if (!process.env.DATABASE_URL) {
    const dataDir = path.resolve(root, process.env.HINDSIGHT_DATA_DIR ?? '.data/pglite');
    const dbPort = Number(process.env.HINDSIGHT_DB_PORT ?? 54329);
    const t0 = Date.now();
    embedded = await startEmbeddedPostgres({ dataDir, port: dbPort });
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL ready in ${Date.now() - t0} ms (data in ${dataDir.startsWith(root) ? path.relative(root, dataDir) : dataDir}, port ${dbPort}).`);
  } else {
    console.log('Using the PostgreSQL server named by DATABASE_URL.');
  }

  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET ??= authSecret();

  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  console.log('Database schema is up to date.');

  const { importContent } = await import('@/lib/content/import-content');
  const report = await importContent(path.join(root, 'content'));
  console.log(
    `Content: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.projects} projects, ${report.templates} templates.`,
  );

  // Planner statistics: the embedded database has no autovacuum to collect them, and without
  // them PostgreSQL picks sequential scans for the page's queries (measured: 55 ms vs 0.2 ms).
  // A real server's autovacuum keeps its own.
  if (embedded) {
    const { db } = await import('@/lib/db/client');
    await db.$executeRawUnsafe('ANALYZE');
  }

  const { refreshMissingCompleteness } = await import('@/lib/completeness/refresh-completeness');
  await refreshMissingCompleteness();

  // The search indexer: repairs what lags, then drains the outbox while the server runs.
  const { startSearchWorker } = await import('@/lib/search/worker');
  const { searchEngine } = await import('@/lib/search/engine');
  const worker = startSearchWorker(searchEngine());

  const { ensureFirstAdmin } = await import('@/lib/auth/ensure-admin');
  const admin = await ensureFirstAdmin();

  if (needsBuild()) {
    console.log('Building the app (first start, or the source changed)…');
    await run(process.execPath, [nextBin, 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
  }

  next = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  next.on('exit', (code) => void shutdown(code ?? 1));
  await Promise.all([waitForHealth(`http://localhost:${port}/api/health`), worker.ready]);
  console.log(`\nHindsight is running at http://localhost:${port}  (Ctrl+C stops it)\n`);
  if (admin) {
    console.log('First start: an admin account was created. Sign in once with');
    console.log(`  email:    ${admin.email}`);
    console.log(`  password: ${admin.password}`);
    console.log('This password is shown only now. Invite your team from Admin → Users.\n');
  }
}

/** NEXTAUTH_SECRET when none is configured: random, kept in .data/auth-secret (mode 600). */
function authSecret(): string {
  const file = path.join(root, '.data', 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? cmd)} exited with ${code}`))));
  });
}

async function waitForHealth(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

main().catch((err: Error) => {
  console.error(`\nHindsight could not start: ${err.message}`);
  process.exit(1);
});
