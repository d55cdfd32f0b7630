// npm run bench:pages [-- --docs 10000 --requests 2000 --concurrency 1,2,4,8 --fresh]
// Seeds a PostgreSQL database with generated documents, measures Markdown rendering throughput,
// then serves the production build with `next start`, prints the first-load JavaScript of a
// document page and of the editor, and measures document-page latency.
// Prints figures; asserts nothing.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { generateDocument, spaceOfGenerated } from './corpus';
import { printFirstLoadJs } from './first-load-js';
import { lcg, percentiles, readerCookie, seededDatabase, startServer } from './harness';

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

  const server = await startServer(args.port);
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
    console.log(`Document pages under next start (${os.cpus().length} cores shared by server, database and load generator):`);
    for (const c of levels) await load(server.base, c, cookie);
    const rss = server.peakMemory();
    if (rss) console.log(`  server peak memory (VmHWM) ${rss}`);
  } finally {
    server.stop();
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
        if (r.status !== 200) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  console.log(
    `  concurrency ${String(concurrency).padStart(2)}: ${percentiles(latencies)}  ${(latencies.length / seconds).toFixed(0)} pages/s  ` +
      `${errors} errors  (${latencies.length} requests, ${(bytes / latencies.length / 1024).toFixed(1)} KiB/page)`,
  );
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
