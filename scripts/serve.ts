// Started by `npm start` (scripts/start.mjs). Brings up the database (the embedded PostgreSQL
// unless DATABASE_URL is set), applies migrations, imports content/, builds the app if the build
// is missing or older than the source, then runs `next start` and prints the URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from '@/lib/db/embedded';
import { assertPortFree } from '@/lib/db/embedded-host';
import { embeddedSettings } from '@/lib/db/embedded-local';
import { serverNodeOptions } from '@/lib/setup/server-options';

const root = path.resolve(__dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

let embedded: TEmbeddedPostgres | undefined;
let next: ChildProcess | undefined;
let workers: { stop(): Promise<void> }[] = [];
let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  await stopGroup(next);
  // The workers finish what they are doing before the database goes away (otherwise they log
  // "the database system is shutting down" on every stop).
  await Promise.all(workers.map((w) => w.stop().catch(() => {})));
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

async function main() {
  const started = performance.now();
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  watchLauncher();
  // Checked first: a second start must not get as far as another server's database or health check.
  await assertPortFree(port, { setting: 'PORT', everyAddress: true });

  const tDatabase = performance.now();
  if (!process.env.DATABASE_URL) {
    embedded = await startDatabase();
    process.env.DATABASE_URL = embedded.url;
  } else {
    console.log('Using the PostgreSQL server named by DATABASE_URL.');
  }

  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET ??= authSecret();

  // Migrations, content/, the first admin (its password said as soon as it exists, before
  // anything later can fail) and completeness: what `npm run migrate` does.
  const databaseMs = performance.now() - tDatabase;
  const { prepareDatabase } = await import('@/lib/setup/prepare-database');
  const prepared = await prepareDatabase({
    contentDir: process.env.HINDSIGHT_CONTENT_DIR ? path.resolve(process.env.HINDSIGHT_CONTENT_DIR) : path.join(root, 'content'),
    log: (line) => console.log(line),
    afterMigrations: embedded ? () => moveOldEmbeddedData(embedded!.url) : undefined,
  });

  // What `npm run worker` runs in production, here in the launcher: the search indexer and the
  // webhook sender.
  const { startSearchWorker } = await import('@/lib/search/worker');
  const { searchEngine } = await import('@/lib/search/engine');
  const { startWebhookWorker } = await import('@/lib/webhooks/worker');
  const worker = startSearchWorker(searchEngine());
  workers = [worker, startWebhookWorker()];

  if (needsBuild()) {
    console.log('Building the app (first start, or the source changed)…');
    await run(process.execPath, [nextBin, 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
  }

  // Its own process group, so stopping it also stops every process `next start` forks.
  const tServer = performance.now();
  next = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  next.on('exit', (code) => void shutdown(code ?? 1));
  await Promise.all([waitForHealth(`http://localhost:${port}/api/health`), worker.ready]);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `Started in ${s(performance.now() - started)}: database ${s(databaseMs)}, migrations ${s(prepared.migrationsMs)}, ` +
      `content ${s(prepared.contentMs)}, server ${s(performance.now() - tServer)} (a build, when one ran, is in the total).`,
  );
  console.log(`\nHindsight is running at http://localhost:${port}  (Ctrl+C stops it)\n`);
}

async function startDatabase(): Promise<TEmbeddedPostgres> {
  const { dataDir, note, port: dbPort } = embeddedSettings(root);
  if (note) console.log(note);
  if (existsSync(path.join(dataDir, 'PG_VERSION')) && !existsSync(path.join(dataDir, 'hindsight-password'))) {
    throw new Error(
      `${dataDir} holds a database Hindsight did not create (the old embedded database, PGlite, perhaps). Point HINDSIGHT_DATA_DIR at a new folder, and HINDSIGHT_PGLITE_DIR at this one to copy its wiki over.`,
    );
  }
  const t0 = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir, port: dbPort });
  const shown = dataDir.startsWith(root) ? path.relative(root, dataDir) : dataDir;
  console.log(`Embedded PostgreSQL ready in ${Date.now() - t0} ms (data in ${shown}, port ${dbPort}).`);
  return embedded;
}

/** Copies a wiki from the old embedded database (PGlite) once, then sets that folder aside. */
async function moveOldEmbeddedData(url: string) {
  const legacy = path.resolve(root, process.env.HINDSIGHT_PGLITE_DIR ?? '.data/pglite');
  if (!existsSync(path.join(legacy, 'PG_VERSION'))) return;
  console.log(`Moving the wiki from the old embedded database (${path.relative(root, legacy) || legacy}) into PostgreSQL, once…`);
  const { migrateFromPglite } = await import('@/lib/db/migrate-pglite');
  const moved = await migrateFromPglite(legacy, url, (line) => console.log(line));
  console.log(
    `Moved ${moved.rows} rows from ${moved.tables} tables. The old folder is now ${path.relative(root, moved.movedTo)}; delete it once you have checked the wiki.`,
  );
}

/** Shuts down when scripts/start.mjs is gone (killed outright, so it could not pass a signal on). */
function watchLauncher() {
  const launcher = Number(process.env.HINDSIGHT_LAUNCHER_PID);
  if (!Number.isInteger(launcher) || launcher <= 0) return;
  setInterval(() => {
    try {
      process.kill(launcher, 0);
    } catch {
      void shutdown(0);
    }
  }, 500).unref();
}

/** Stops `next start` and everything it forked: the group first politely, then for good. */
async function stopGroup(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  signalGroup('SIGKILL'); // anything the server forked that outlived it
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

main().catch(async (err: Error) => {
  console.error(`\nHindsight could not start: ${err.message}`);
  await shutdown(1);
});
