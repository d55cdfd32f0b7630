// npm run bench:pages [-- --docs 10000 --requests 2000 --concurrency 1,2,4,8 --fresh --embedded --profile]
// Seeds a PostgreSQL database with generated documents (on the local server, or with --embedded
// on a throw-away embedded PostgreSQL, the default `npm start` runs on), measures Markdown
// rendering throughput, then serves the production build with `next start`, prints the
// first-load JavaScript of a document page and of the editor, and measures document pages beside
// a static file of the same HTML served by the same process (public/, through the same proxy) and
// two floors of the stack (a route handler that reads nothing, the 404 page), with the memory of
// the server and the embedded database under that load. --profile records the server's CPU under
// the last load and prints where it went.
// Prints figures; asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { scratchDataDir } from '@/lib/db/embedded-host';
import { generateDocument, spaceOfGenerated } from './corpus';
import { printCpuProfile } from './cpu-profile';
import { printFirstLoadJs } from './first-load-js';
import { lcg, percentiles, readerCookie, seededDatabase, startServer } from './harness';
import { sampleMemory } from './memory';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '1,2,4,8' },
    port: { type: 'string', default: '3300' },
    fresh: { type: 'boolean', default: false },
    embedded: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const STATIC_DIR = path.resolve(__dirname, '..', 'public', '__bench');
const docs = Number(args.docs);
const requests = Number(args.requests);
const levels = args.concurrency
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const dbName = `hindsight_bench_${docs}`;

async function main() {
  console.log(
    `Hindsight page benchmark: ${docs.toLocaleString()} documents, ${requests} requests at each concurrency (${levels.join(', ')})`,
  );
  process.env.NEXTAUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789';
  process.env.NEXTAUTH_URL ??= `http://127.0.0.1:${args.port}`;
  const embedded = args.embedded ? await startEmbedded() : null;
  try {
    await run(embedded?.dataDir ?? null);
  } finally {
    await embedded?.stop();
  }
}

async function startEmbedded() {
  const scratch = scratchDataDir('hindsight-bench-pages-');
  const pg = await startEmbeddedPostgres({ dataDir: scratch.dataDir, port: 55000 + Math.floor(Math.random() * 900) });
  const url = new URL(pg.url);
  url.pathname = '/postgres';
  process.env.BENCH_DATABASE_URL = url.toString();
  console.log('On an embedded PostgreSQL (what `npm start` runs on), seeded for this run');
  return {
    dataDir: scratch.dataDir,
    stop: async () => {
      await pg.stop();
      scratch.remove();
    },
  };
}

async function run(embeddedDataDir: string | null) {
  const { db, seeded } = await seededDatabase(dbName, docs, { fresh: args.fresh, render: true });
  if (seeded) {
    console.log(
      `Seeded ${docs.toLocaleString()} documents in ${seeded.seconds.toFixed(1)} s (${Math.round(docs / seeded.seconds)} docs/s, rendering included)`,
    );
    console.log(`  rendering during seeding: ${(seeded.bytes / 1e6 / (seeded.renderMs / 1000)).toFixed(2)} MB/s`);
  }
  // Pages need a signed-in reader: a viewer, so every read goes through the visibility checks.
  const { cookie } = await readerCookie(db);
  await db.$disconnect();

  await renderThroughput();

  // The static baseline: the HTML of a document page, saved where the server serves files from.
  // Next only serves public/ files that exist when it starts, so it is fetched from one server
  // and served by the next.
  const first = await startServer(args.port);
  const sample = await fetch(`${first.base}${pathFor(0)}`, { headers: { cookie } }).then((r) => r.text());
  await first.stopped();
  mkdirSync(STATIC_DIR, { recursive: true });
  writeFileSync(path.join(STATIC_DIR, 'document.html'), sample);
  const profileDir = args.profile ? mkdtempSync(path.join(os.tmpdir(), 'hindsight-cpu-')) : null;
  const server = await startServer(args.port, profileDir ? { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {});
  try {
    await printFirstLoadJs(
      server.base,
      cookie,
      [
        ['document page', `/w/${spaceOfGenerated(0) ?? '_'}/bench-0`],
        ['editor', '/new?kind=model_card'],
      ],
      100 * 1024,
    );
    console.log(
      `Document pages under next start, ${(sample.length / 1024).toFixed(1)} KiB of HTML each, beside a static file of the same HTML ` +
        `(${os.cpus().length} cores shared by server, database and load generator):`,
    );
    const memory = sampleMemory(server.pid, embeddedDataDir);
    for (const c of levels) {
      // With --profile, pages only: the profile is then theirs alone.
      const file = profileDir ? null : await load(server.base, c, cookie, () => '/__bench/document.html');
      const page = await load(server.base, c, cookie, (i) => pathFor(i));
      if (!file) {
        console.log(`  concurrency ${String(c).padStart(2)}  document page  ${page.line}`);
        continue;
      }
      // Two floors of the stack, measured beside the page: what Next answers with when it reads
      // nothing (a route handler), and a page of the app's layout that finds nothing (the 404
      // page: the session, the header, the sidebar and one lookup, then "not found").
      const handler = await load(server.base, c, cookie, () => '/api/health/live');
      const missing = await load(server.base, c, cookie, (i) => `/w/${spaceOfGenerated(i) ?? '_'}/no-such-page`, 404);
      console.log(`  concurrency ${String(c).padStart(2)}  static file    ${file.line}`);
      console.log(`  concurrency ${String(c).padStart(2)}  empty handler  ${handler.line}`);
      console.log(`  concurrency ${String(c).padStart(2)}  404 page       ${missing.line}`);
      console.log(`  concurrency ${String(c).padStart(2)}  document page  ${page.line}`);
      console.log(
        `                  page/static: p95 ${(page.p95 / file.p95).toFixed(1)}x (target at most 3x at concurrency 1), ` +
          `${page.rate.toFixed(0)} pages/s (target at least 200 at concurrency 8)`,
      );
    }
    console.log(`  memory under that load: ${memory.stop()} (target at most 400 MB with the embedded database)`);
    if (profileDir) {
      await server.stopped();
      printCpuProfile(profileDir, levels.length * (requests + 100));
      rmSync(profileDir, { recursive: true, force: true });
    }
  } finally {
    await server.stopped();
    rmSync(STATIC_DIR, { recursive: true, force: true });
  }
}

const pathFor = (i: number) => `/w/${spaceOfGenerated(i) ?? '_'}/bench-${i}`;

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

async function load(base: string, concurrency: number, cookie: string, pathFor: (i: number) => string, status = 200) {
  const pool = new Pool(base, { connections: concurrency, pipelining: 1 });
  const rand = lcg();
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
        if (r.status !== status) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  const rate = latencies.length / seconds;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    rate,
    p95: sorted[Math.floor(0.95 * sorted.length)]!,
    line: `${percentiles(latencies)}  ${rate.toFixed(0)}/s  ${errors} errors  (${(bytes / latencies.length / 1024).toFixed(1)} KiB)`,
  };
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
