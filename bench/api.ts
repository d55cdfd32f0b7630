// npm run bench:api [-- --docs 10000 --requests 1000 --concurrency 4]
// Latency of /api/v1 with an access token on the generated corpus, under `next start`:
//   GET /api/v1/documents/{id}, GET /api/v1/documents (a page of 50, with and without filters),
//   PUT …/model-cards/{model}/versions/{version} (a run publishing new numbers each time).
// Prints p50/p95/p99; asserts nothing.
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { spaceOfGenerated } from './corpus';
import { lcg, percentiles, seededDatabase, startServer } from './harness';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '4' },
    port: { type: 'string', default: '3310' },
    fresh: { type: 'boolean', default: false },
  },
});
const docs = Number(args.docs);
const requests = Number(args.requests);
const concurrency = Number(args.concurrency);

async function main() {
  console.log(
    `Hindsight API benchmark: ${docs.toLocaleString()} documents, ${requests} requests per endpoint at concurrency ${concurrency}`,
  );
  process.env.NEXTAUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789';
  process.env.NEXTAUTH_URL ??= `http://127.0.0.1:${args.port}`;
  // The benchmark is one token making thousands of requests a minute.
  process.env.HINDSIGHT_TOKEN_RATE_LIMIT = '1000000';
  const { db } = await seededDatabase(`hindsight_bench_${docs}`, docs, { fresh: args.fresh, render: true });
  const { newToken } = await import('@/lib/tokens/token-format');
  const user = await db.user.upsert({
    where: { email: 'bench-api@hindsight.local' },
    update: {},
    create: { email: 'bench-api@hindsight.local', name: 'Bench pipeline', role: 'editor' },
    select: { id: true },
  });
  const { token, prefix, hash } = newToken();
  await db.apiToken.create({
    data: { userId: user.id, name: 'bench', prefix, hash, scopes: ['read', 'publish'], expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const ids = (await db.document.findMany({ where: { slug: { startsWith: 'bench-' } }, select: { id: true }, orderBy: { id: 'asc' } })).map(
    (d) => d.id,
  );
  await db.$disconnect();

  const server = await startServer(args.port);
  const pool = new Pool(server.base, { connections: concurrency, pipelining: 1 });
  const rand = lcg();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const send = async (method: 'GET' | 'PUT', path: string, body?: unknown) => {
    const t0 = performance.now();
    const res = await pool.request({ method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    await res.body.text();
    return { ms: performance.now() - t0, status: res.statusCode };
  };
  let runs = 0;
  const cases: [string, () => Promise<{ ms: number; status: number }>][] = [
    ['GET /api/v1/documents/{id}', () => send('GET', `/api/v1/documents/${ids[Math.floor(rand() * ids.length)]}`)],
    ['GET /api/v1/documents?limit=50', () => send('GET', '/api/v1/documents?limit=50')],
    [
      'GET /api/v1/documents?kind=…&project=…&limit=50',
      () => send('GET', `/api/v1/documents?kind=runbook&project=${spaceOfGenerated(1 + 4 * Math.floor(rand() * 10))}&limit=50`),
    ],
    [
      'PUT …/model-cards/{model}/versions/{version}',
      () => {
        runs++;
        const project = spaceOfGenerated(3 + 4 * Math.floor(rand() * 10))!;
        return send('PUT', `/api/v1/projects/${project}/model-cards/api-bench-model/versions/${1 + (runs % 5)}`, {
          pipeline: 'bench',
          run: { id: String(runs) },
          metrics: [{ name: 'AUC', value: Math.round(rand() * 1000) / 1000, threshold: '>= 0.5' }],
          results: [{ metric: 'Recall', slice: 'all', value: 0.5 }],
        });
      },
    ],
  ];
  try {
    for (const [name, call] of cases) {
      for (let i = 0; i < 50; i++) await call(); // warm up
      const latencies: number[] = [];
      const failures = new Map<number, number>();
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next++;
            const r = await call();
            latencies.push(r.ms);
            if (r.status >= 400) failures.set(r.status, (failures.get(r.status) ?? 0) + 1);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const errors = [...failures].map(([status, n]) => `${n}×${status}`).join(', ') || '0 errors';
      console.log(`  ${name.padEnd(48)} ${percentiles(latencies)}  ${(latencies.length / seconds).toFixed(0)} req/s  ${errors}`);
    }
  } finally {
    await pool.close();
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
