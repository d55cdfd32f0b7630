// npm run bench:pages [-- --docs 10000 --requests 2000 --concurrency 1,2,4,8 --fresh]
// Seeds a PostgreSQL database with generated documents, measures Markdown rendering throughput,
// then serves the production build with `next start` and measures document-page latency.
// Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Pool } from 'undici';
import { runPrisma } from '../scripts/prisma.mjs';
import { generateDocument, spaceOfGenerated } from './corpus';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '1,2,4,8' },
    port: { type: 'string', default: '3300' },
    fresh: { type: 'boolean', default: false },
  },
});
const docs = Number(args.docs);
const requests = Number(args.requests);
const levels = args.concurrency.split(',').map(Number).filter((n) => n > 0);
const root = path.resolve(__dirname, '..');
const server = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const dbName = `hindsight_bench_${docs}`;

async function main() {
  console.log(`Hindsight page benchmark: ${docs.toLocaleString()} documents, ${requests} requests at each concurrency (${levels.join(', ')})`);
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
  process.env.NEXTAUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789';
  process.env.NEXTAUTH_URL ??= `http://127.0.0.1:${args.port}`;
  const { createClient } = await import('@/lib/db/client');

  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount;
  if (exists && args.fresh) await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`);
  if (!exists || args.fresh) await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });

  const db = createClient(url.toString());
  const have = await db.document.count({ where: { slug: { startsWith: 'bench-' } } });
  if (have !== docs) {
    if (have > 0) throw new Error(`${dbName} holds ${have} generated documents, expected ${docs}: run with --fresh`);
    const { seedDocuments } = await import('./seed');
    const t0 = performance.now();
    const seeded = await seedDocuments(db, docs, console.log);
    // Fresh planner statistics, as autovacuum would eventually provide; without them the
    // planner mistakes 10,000 live documents for 50 and scans them all for backlinks.
    await db.$executeRawUnsafe('ANALYZE');
    const s = (performance.now() - t0) / 1000;
    console.log(`Seeded ${docs.toLocaleString()} documents in ${s.toFixed(1)} s (${Math.round(docs / s)} docs/s, rendering included)`);
    console.log(`  rendering during seeding: ${(seeded.bytes / 1e6 / (seeded.renderMs / 1000)).toFixed(2)} MB/s`);
  } else {
    console.log(`Reusing ${dbName} (${have.toLocaleString()} documents already seeded)`);
  }
  // Pages need a signed-in reader: a viewer, so every read goes through the visibility checks.
  const reader = await db.user.upsert({
    where: { email: 'bench-reader@hindsight.local' },
    update: {},
    create: { email: 'bench-reader@hindsight.local', name: 'Bench Reader', role: 'viewer' },
    select: { id: true, sessionVersion: true },
  });
  const { mintSessionToken, sessionCookieName } = await import('@/lib/auth/session-token');
  const cookie = `${sessionCookieName()}=${await mintSessionToken({ uid: reader.id, sv: reader.sessionVersion })}`;
  await db.$disconnect();

  await renderThroughput();

  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building the app…');
    await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build']);
  }
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', args.port], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const base = `http://127.0.0.1:${args.port}`;
    await waitFor(`${base}/api/health`);
    console.log(`Document pages under next start (${os.cpus().length} cores shared by server, database and load generator):`);
    for (const c of levels) await load(base, c, cookie);
    const rss = peakRss(next.pid!);
    if (rss) console.log(`  server peak memory (VmHWM) ${rss}`);
  } finally {
    next.kill('SIGTERM');
  }
}

function renderThroughput() {
  return import('@/lib/markdown/render').then(({ render }) => {
    const sample = Array.from({ length: 500 }, (_, i) => generateDocument(i, docs));
    for (const d of sample.slice(0, 50)) render(d.body); // warm up
    const bytes = sample.reduce((n, d) => n + Buffer.byteLength(d.body), 0);
    const t0 = performance.now();
    for (const d of sample) render(d.body, { from: spaceOfGenerated(0) ?? undefined });
    const s = (performance.now() - t0) / 1000;
    console.log(
      `Markdown rendering: ${(bytes / 1e6 / s).toFixed(2)} MB/s (${Math.round(sample.length / s)} documents/s, ` +
        `average ${(bytes / sample.length / 1024).toFixed(1)} KiB per document)`,
    );
  });
}

async function load(base: string, concurrency: number, cookie: string) {
  const pool = new Pool(base, { connections: concurrency, pipelining: 1 });
  const pathFor = (i: number) => `/w/${spaceOfGenerated(i) ?? '_'}/bench-${i}`;
  const rand = (() => {
    let s = 42;
    return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  })();
  const get = async (p: string) => {
    const t0 = performance.now();
    const res = await pool.request({ method: 'GET', path: p, headers: { cookie } });
    const text = await res.body.text();
    return { ms: performance.now() - t0, status: res.statusCode, bytes: text.length };
  };
  // Warm-up: JIT, connection pools, Next's route caches.
  for (let i = 0; i < 100; i++) await get(pathFor(Math.floor(rand() * docs)));

  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const r = await get(pathFor(Math.floor(rand() * docs)));
        latencies.push(r.ms);
        bytes += r.bytes;
        if (r.status !== 200) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  console.log(
    `  concurrency ${String(concurrency).padStart(2)}: p50 ${q(50)} ms  p95 ${q(95)} ms  p99 ${q(99)} ms  ` +
      `max ${latencies.at(-1)!.toFixed(1)} ms  ${(latencies.length / seconds).toFixed(0)} pages/s  ` +
      `${errors} errors  (${latencies.length} requests, ${(bytes / latencies.length / 1024).toFixed(1)} KiB/page)`,
  );
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

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
