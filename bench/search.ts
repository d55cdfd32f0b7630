// npm run bench:search [-- --docs 100000 --queries 1000 --concurrency 1,4 --fresh]
// Seeds generated documents (no rendering: search reads documents, not revisions), times a full
// reindex with the built-in engine, then sends mixed queries — plain, typo, prefix, filtered,
// faceted — to POST /api/search under `next start` (the same searchDocuments() the /search page
// calls) as a signed-in viewer, with some projects restricted. Prints figures; asserts nothing.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { VOCABULARY } from './corpus';
import { lcg, percentiles, readerCookie, seededDatabase, startServer } from './harness';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '1,4' },
    port: { type: 'string', default: '3301' },
    fresh: { type: 'boolean', default: false },
    'skip-reindex': { type: 'boolean', default: false },
  },
});
const docs = Number(args.docs);
const queries = Number(args.queries);
const levels = args.concurrency
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const dbName = `hindsight_search_bench_${docs}`;

const WORDS = [
  'drift',
  'rollback',
  'registry',
  'latency',
  'subgroup',
  'recall',
  'shadow traffic',
  'label noise',
  'retraining',
  'evaluation gate',
  'data owner',
  'call-centre',
  'percentile',
  'kickoff forecast',
  'on-call rota',
  'feature pipeline',
];
const MODELS = [
  'churn',
  'fraud',
  'demand forecast',
  'ticket router',
  'price elasticity',
  'search ranker',
  'credit limit',
  'image moderation',
];
const FEATURES = [
  'merchant_category',
  'tenure_days',
  'failed_payments',
  'sessions',
  'basket_value',
  'device_age',
  'support_calls',
  'region',
];
const TYPOS = [
  'drfit',
  'rolback',
  'regsitry',
  'latncy',
  'subgorup',
  'retrainig',
  'evalution gate',
  'shaddow traffic',
  'fruad',
  'moderaton',
];
const PREFIXES = ['retrai', 'shad', 'regis', 'subgr', 'evalu', 'merch', 'calib', 'percen', 'moder', 'elastic'];
const KINDS = ['model_card', 'runbook', 'retrospective', 'practice'];
const TAGS = ['drift', 'latency', 'fairness', 'labels'];

type TQuery = { type: string; body: Record<string, unknown> };

function mix(n: number): TQuery[] {
  const rand = lcg(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const types = ['plain', 'plain', 'typo', 'prefix', 'filtered', 'faceted'];
  return Array.from({ length: n }, (_, i) => {
    const type = types[i % types.length]!;
    // Half the queries use the corpus's own rarer terms (system names), half the common words.
    const term = () => VOCABULARY[Math.floor(VOCABULARY.length * rand() ** 2)]!;
    const swap = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4);
    const plain =
      rand() < 0.5 ? (rand() < 0.5 ? pick(WORDS) : `${pick(MODELS)} ${pick(WORDS)}`) : rand() < 0.5 ? term() : `${term()} ${pick(WORDS)}`;
    if (type === 'typo') return { type, body: { q: rand() < 0.5 ? pick(TYPOS) : swap(term()) } };
    if (type === 'prefix') return { type, body: { q: rand() < 0.5 ? pick(PREFIXES) : term().slice(0, 5), perPage: 8 } };
    if (type === 'filtered')
      return { type, body: { q: plain, kind: [pick(KINDS)], ...(rand() < 0.5 ? { project: [`proj-${Math.floor(rand() * 40)}`] } : {}) } };
    if (type === 'faceted')
      return {
        type,
        body: {
          q: rand() < 0.3 ? '' : pick(FEATURES),
          tags: [pick(TAGS)],
          ...(rand() < 0.5 ? { needsReview: false } : {}),
          page: 1 + Math.floor(rand() * 3),
        },
      };
    return { type, body: { q: plain } };
  });
}

async function main() {
  console.log(
    `Hindsight search benchmark: ${docs.toLocaleString()} documents, ${queries} queries at each concurrency (${levels.join(', ')})`,
  );
  process.env.NEXTAUTH_SECRET ??= 'bench-only-secret-0123456789-0123456789-0123456789';
  process.env.NEXTAUTH_URL ??= `http://127.0.0.1:${args.port}`;
  const { db, seeded } = await seededDatabase(dbName, docs, { fresh: args.fresh, render: false });
  if (seeded) console.log(`Seeded ${docs.toLocaleString()} documents in ${seeded.seconds.toFixed(1)} s`);
  // Five of the 40 projects are restricted and the reader is in none of them: every query
  // goes through the access rules.
  await db.project.updateMany({
    where: { slug: { in: ['proj-0', 'proj-1', 'proj-2', 'proj-3', 'proj-4'] } },
    data: { visibility: 'restricted' },
  });
  const { cookie } = await readerCookie(db);

  if (!args['skip-reindex']) {
    await db.$executeRawUnsafe('TRUNCATE "SearchDocument", "SearchTerm", "SearchOutbox"');
    await db.$executeRawUnsafe('ANALYZE');
    const { reindexAll } = await import('@/lib/search/reindex');
    const { builtinEngine } = await import('@/lib/search/builtin/engine');
    let shown = 0;
    const result = await reindexAll(builtinEngine, ({ done, total }) => {
      if (done - shown >= total / 10 || done === total) {
        shown = done;
        console.log(`  indexed ${done.toLocaleString()} / ${total.toLocaleString()}`);
      }
    });
    console.log(
      `Full reindex: ${result.documents.toLocaleString()} documents in ${result.seconds.toFixed(1)} s (${Math.round(result.documents / result.seconds)} docs/s)`,
    );
  }
  await db.$executeRawUnsafe('ANALYZE');
  const [size] = await db.$queryRawUnsafe<{ size: string }[]>(
    `SELECT pg_size_pretty(pg_total_relation_size('"SearchDocument"') + pg_total_relation_size('"SearchTerm"')) AS size`,
  );
  console.log(`Index size on disk: ${size!.size}`);
  await db.$disconnect();

  const server = await startServer(args.port);
  try {
    console.log(
      `Queries through POST /api/search under next start (${os.cpus().length} cores shared by server, database and load generator):`,
    );
    for (const c of levels) await load(server.base, c, cookie);
    const rss = server.peakMemory();
    if (rss) console.log(`  server peak memory (VmHWM) ${rss}`);
  } finally {
    server.stop();
  }
}

async function load(base: string, concurrency: number, cookie: string) {
  const pool = new Pool(base, { connections: concurrency, pipelining: 1 });
  const send = async (q: TQuery) => {
    const t0 = performance.now();
    const res = await pool.request({
      method: 'POST',
      path: '/api/search',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(q.body),
    });
    const body = (await res.body.json()) as { total?: number };
    return { ms: performance.now() - t0, ok: res.statusCode === 200, total: body.total ?? 0 };
  };
  for (const q of mix(60)) await send(q); // warm-up
  const all = mix(queries);
  const byType = new Map<string, number[]>();
  const latencies: number[] = [];
  let errors = 0;
  let empty = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < all.length) {
        const q = all[next++]!;
        const r = await send(q);
        latencies.push(r.ms);
        byType.set(q.type, [...(byType.get(q.type) ?? []), r.ms]);
        if (!r.ok) errors++;
        if (r.total === 0) empty++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  console.log(
    `  concurrency ${String(concurrency).padStart(2)}: ${percentiles(latencies)}  ${(latencies.length / seconds).toFixed(0)} queries/s  ${errors} errors  ${empty} with no hits`,
  );
  if (concurrency === levels[0]) {
    for (const [type, ms] of byType) console.log(`    ${type.padEnd(9)} ${String(ms.length).padStart(4)} queries  ${percentiles(ms)}`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
