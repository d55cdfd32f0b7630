// npm run bench:render [-- --port 3320]
// Sends Markdown that used to stall the server (issue 11) and the largest texts the limits allow
// to /api/preview of a production server, while a second client polls /api/health every 20 ms.
// Prints, per input: the status and time of the answer, and the health check's latency meanwhile.
// Asserts nothing.
import { parseArgs } from 'node:util';
import { benchDatabase, percentiles, readerCookie, startServer } from './harness';

const { values: args } = parseArgs({ options: { port: { type: 'string', default: '3320' } } });

const table = (columns: number, rows = 1) =>
  [
    `|${' a |'.repeat(columns)}`,
    `|${' - |'.repeat(columns)}`,
    ...Array.from({ length: rows }, () => `|${' **b** |'.repeat(columns)}`),
  ].join('\n');
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

const INPUTS: [string, string][] = [
  ['*a × 20,000 (40 KB)', '*a'.repeat(20_000)],
  ['*a × 50,000 (100 KB)', '*a'.repeat(50_000)],
  ['5,000-column table', table(5_000)],
  ['10,000 nested >', `${'>'.repeat(10_000)} x`],
  ['20,000 nested <div>', `${'<div>'.repeat(20_000)}x`],
  ['[x](#%FF)', '[x](#%FF)'],
  ['allowed: *a × 1,000 in one paragraph', '*a'.repeat(1_000)],
  ['allowed: 128 columns × 200 rows', table(128, 200)],
  ['allowed: quotes nested 64 deep', `${'> '.repeat(64)}x`],
  ['allowed: 256 KiB of short lists', fill('- item one\n- item **two**\n\nSome text.\n\n', 256 * 1024 - 1)],
  [
    'allowed: 256 KiB mixed page',
    fill(
      '## Heading\n\nSome *text* with a [link](https://x.y) and `code`.\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n',
      256 * 1024 - 1,
    ),
  ],
  ['allowed: 256 KiB of prose', fill('Plain prose about model drift, retraining triggers and review dates. ', 256 * 1024 - 1)],
];

async function main() {
  process.env.NEXTAUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789';
  process.env.NEXTAUTH_URL ??= `http://127.0.0.1:${args.port}`;
  process.env.HINDSIGHT_PREVIEW_LIMIT = '100000'; // the benchmark, not the limiter, is measured
  await benchDatabase('hindsight_bench_render', true);
  const { createClient } = await import('@/lib/db/client');
  const db = createClient(process.env.DATABASE_URL!);
  const { cookie } = await readerCookie(db);
  await db.$disconnect();
  const server = await startServer(args.port);
  try {
    const headers = { 'content-type': 'application/json', cookie, origin: server.base };
    // Warm both render workers and the route.
    await Promise.all(
      [1, 2].map(() => fetch(`${server.base}/api/preview`, { method: 'POST', headers, body: JSON.stringify({ body: '# warm' }) })),
    );
    console.log(`Preview of each input (${server.base}/api/preview) with /api/health polled every 20 ms meanwhile:`);
    for (const [name, body] of INPUTS) {
      const health: number[] = [];
      let polling = true;
      const poller = (async () => {
        while (polling) {
          const t = performance.now();
          await fetch(`${server.base}/api/health`);
          health.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const t0 = performance.now();
      const res = await fetch(`${server.base}/api/preview`, { method: 'POST', headers, body: JSON.stringify({ body }) });
      const took = performance.now() - t0;
      const reply = (await res.json()) as { error?: string; fields?: { body?: string } };
      polling = false;
      await poller;
      const why = res.ok ? '' : `  "${(reply.fields?.body ?? reply.error ?? '').slice(0, 70)}"`;
      console.log(
        `  ${name.padEnd(40)} ${res.status}  in ${took.toFixed(0).padStart(5)} ms   health (${health.length}): ${percentiles(health)}${why}`,
      );
    }
    const rss = server.peakMemory();
    if (rss) console.log(`  server peak memory (VmHWM) ${rss}`);
  } finally {
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);
