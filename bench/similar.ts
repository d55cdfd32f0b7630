// npm run bench:similar — the similar-work check on content/: loads the corpus into a throw-away
// embedded database and indexes it; then, for each seeded retrospective written again as a draft,
// asks for similar past work (as the writer's panel does) and checks that the other project's
// retrospective and the lessons it shares with this one (a lesson tag in common) are in the top
// five. Prints the top five with why each matched, and how long a panel refresh takes (p50, p95).
// Exits 1 when the check fails.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { benchDatabase, lcg, percentiles } from './harness';
import { withContentCorpus } from './content-corpus';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '40' }, docs: { type: 'string' }, drafts: { type: 'string', default: '200' } },
});
const ROUNDS = Number(args.rounds);

async function main() {
  if (args.docs) return atScale(Number(args.docs));
  return withContentCorpus('similar', async () => {
    const { searchEngine } = await import('@/lib/search/engine');
    const { db, dbPool } = await import('@/lib/db/client');
    const { similarWork } = await import('@/lib/similar/similar-work');
    const engine = searchEngine();
    const writer = { id: 'similar-bench', role: 'admin' as const };
    const retros = await db.document.findMany({
      where: { kind: 'retrospective', deletedAt: null },
      select: { id: true, title: true, body: true, fields: true, project: { select: { slug: true } }, tags: { select: { tag: true } } },
    });
    const lessonsOf = (id: string) => db.lesson.findMany({ where: { documentId: id }, select: { text: true, tags: true } });
    console.log(`Similar work, ${engine.name} engine, content/ corpus: ${retros.length} retrospectives`);
    let ok = true;
    const times: number[] = [];
    for (const r of retros) {
      const draft = {
        kind: 'retrospective' as const,
        title: r.title,
        body: r.body,
        tags: r.tags.map((t) => t.tag.name),
        fields: r.fields,
        projectSlug: r.project?.slug ?? null,
        documentId: r.id,
      };
      const top = (await similarWork(writer, draft)).slice(0, 5);
      const mineTags = new Set((await lessonsOf(r.id)).flatMap((l) => l.tags));
      const others = retros.filter((o) => o.project?.slug !== r.project?.slug);
      const expected = [
        ...others.map((o) => ({ type: 'page', text: o.title })),
        ...(await Promise.all(others.map((o) => lessonsOf(o.id))))
          .flat()
          .filter((l) => l.tags.some((t) => mineTags.has(t)))
          .map((l) => ({ type: 'lesson', text: l.text })),
      ];
      const missing = expected.filter((e) => !top.some((t) => t.type === e.type && t.text === e.text));
      ok &&= missing.length === 0;
      console.log(`\n"${r.title}" (${r.project?.slug ?? 'team-wide'}): ${missing.length === 0 ? 'PASS' : 'FAIL'}`);
      top.forEach((t, i) =>
        console.log(`  ${i + 1}. [${t.type}] ${t.text.slice(0, 70)} — ${t.page}${t.project ? `, ${t.project}` : ''}: ${t.why.join('; ')}`),
      );
      for (const m of missing) console.log(`  missing: [${m.type}] ${m.text}`);
      for (let i = 0; i < ROUNDS; i++) {
        const started = performance.now();
        await similarWork(writer, draft);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(`\nPanel refresh (terms, engine query, lessons and reasons), ${times.length} runs: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
    console.log(ok ? 'Check passed: every other-project retrospective and shared lesson is in the top five.' : 'Check FAILED.');
    await db.$disconnect();
    await dbPool()
      .end()
      .catch(() => undefined);
    return ok ? 0 : 1;
  });
}

/**
 * --docs N: the same answer at scale, on the search benchmark's database (seeded and indexed by
 * `npm run bench:search -- --docs N`): `--drafts` documents written again as drafts in their own
 * projects, asked for as the benchmark's viewer, so the read rule applies.
 */
async function atScale(docs: number) {
  await benchDatabase(`hindsight_search_bench_${docs}`, false);
  const { db } = await import('@/lib/db/client');
  const { similarWork } = await import('@/lib/similar/similar-work');
  const indexed = await db.searchDocument.count();
  if (indexed < docs)
    throw new Error(`hindsight_search_bench_${docs} has ${indexed} indexed pages: run npm run bench:search -- --docs ${docs} first`);
  // The viewer bench:search signs in as (a member of no restricted project).
  const reader = await db.user.upsert({
    where: { email: 'bench-reader@hindsight.local' },
    update: {},
    create: { email: 'bench-reader@hindsight.local', name: 'Bench Reader', role: 'viewer' },
    select: { id: true },
  });
  const actor = { id: reader.id, role: 'viewer' as const };
  const ids = await db.document.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const random = lcg(7);
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < Number(args.drafts); i++) {
    const id = ids[Math.floor(random() * ids.length)]!.id;
    const d = await db.document.findUniqueOrThrow({
      where: { id },
      select: { kind: true, title: true, body: true, fields: true, project: { select: { slug: true } }, tags: { select: { tag: true } } },
    });
    const draft = {
      kind: d.kind,
      title: d.title,
      body: d.body,
      tags: d.tags.map((t) => t.tag.name),
      fields: d.fields,
      projectSlug: d.project?.slug ?? null,
      documentId: id,
    };
    const started = performance.now();
    found += (await similarWork(actor, draft)).length;
    times.push(performance.now() - started);
  }
  console.log(`Similar work at scale, built-in engine: ${indexed.toLocaleString()} indexed pages, ${times.length} drafts as a viewer`);
  console.log(`  ${percentiles(times)}; ${(found / times.length).toFixed(1)} suggestions a draft`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
