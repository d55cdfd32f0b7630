// What the benchmarks share: a database of their own on the local PostgreSQL, a production
// server to load, a signed-in reader, and latency summaries.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { createClient } from '@/lib/db/client';
import { serverNodeOptions } from '@/lib/setup/server-options';
import { runPrisma } from '../scripts/prisma.mjs';

const root = path.resolve(__dirname, '..');

/** Creates (or reuses, or with `fresh` recreates) a database and migrates it; sets DATABASE_URL. */
export async function benchDatabase(name: string, fresh: boolean): Promise<string> {
  const server = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (exists && fresh) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  if (!exists || fresh) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  return url.toString();
}

/**
 * The benchmark's database, seeded with `docs` generated documents unless it already holds them
 * (`fresh` starts over). Returns the client and, when it seeded, what seeding took.
 */
export async function seededDatabase(name: string, docs: number, opts: { fresh: boolean; render: boolean }) {
  const url = await benchDatabase(name, opts.fresh);
  const { createClient } = await import('@/lib/db/client');
  const db = createClient(url);
  const have = await db.document.count({ where: { slug: { startsWith: 'bench-' } } });
  if (have === docs) {
    console.log(`Reusing ${name} (${have.toLocaleString()} documents already seeded)`);
    return { db, seeded: null };
  }
  if (have > 0) throw new Error(`${name} holds ${have} generated documents, expected ${docs}: run with --fresh`);
  const { seedDocuments } = await import('./seed');
  const t0 = performance.now();
  const stats = await seedDocuments(db, docs, console.log, { render: opts.render });
  // Fresh planner statistics, as autovacuum would eventually provide; without them the
  // planner mistakes 10,000 live documents for 50 and scans them all for backlinks.
  await db.$executeRawUnsafe('ANALYZE');
  return { db, seeded: { ...stats, seconds: (performance.now() - t0) / 1000 } };
}

/** A viewer (so every read goes through the access checks) and a session cookie for them. */
export async function readerCookie(db: ReturnType<typeof createClient>): Promise<{ id: string; cookie: string }> {
  const reader = await db.user.upsert({
    where: { email: 'bench-reader@hindsight.local' },
    update: {},
    create: { email: 'bench-reader@hindsight.local', name: 'Bench Reader', role: 'viewer' },
    select: { id: true, sessionVersion: true },
  });
  const { mintSessionToken, sessionCookieName } = await import('@/lib/auth/session-token');
  return { id: reader.id, cookie: `${sessionCookieName()}=${await mintSessionToken({ uid: reader.id, sv: reader.sessionVersion })}` };
}

/** Builds if needed, then runs `next start` on `port` until stopped. */
export async function startServer(port: string, { nodeFlags = [] as string[] } = {}) {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building the app…');
    await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build']);
  }
  const next = spawn(process.execPath, [...nodeFlags, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
    cwd: root,
    // With the heap limit `npm start` gives it (lib/setup/server-options.ts).
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`);
  return {
    base,
    pid: next.pid!,
    peakMemory: () => peakRss(next.pid!),
    stop: () => next.kill('SIGTERM'),
    // Stopped and gone (a CPU profile is written as the process exits).
    stopped: () =>
      new Promise<void>((resolve) => (next.exitCode !== null ? resolve() : (next.once('exit', () => resolve()), next.kill('SIGTERM')))),
  };
}

/** "p50 … p95 … p99 … max …" of latencies in milliseconds. */
export function percentiles(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
  return `p50 ${q(50)} ms  p95 ${q(95)} ms  p99 ${q(99)} ms  max ${sorted.at(-1)!.toFixed(1)} ms`;
}

/** A deterministic random number generator for load loops. */
export function lcg(seed = 42) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function peakRss(pid: number): string | null {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? `${(Number(kb) / 1024).toFixed(0)} MiB` : null;
  } catch {
    return null;
  }
}

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

function run(cmd: string, argv: string[]) {
  return new Promise<void>((resolve, reject) => {
    const c = spawn(cmd, argv, { cwd: root, stdio: 'inherit' });
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}
