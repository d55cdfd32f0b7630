// npm run search:relevance [-- --noise 3000] — measures search quality over content/: loads the
// corpus and `noise` generated documents (bench/corpus.ts) into a throw-away embedded database,
// indexes them, runs bench/relevance-queries.yml through the same
// code the search page uses (as an admin, so access does not hide anything), and prints
// hit@1, hit@3 and MRR overall and per kind of query. Exits 1 below hit@3 = 0.9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { z } from 'zod';
import { withContentCorpus } from './content-corpus';

const ZCase = z.object({
  q: z.string(),
  type: z.string(),
  expect: z.array(z.string()).min(1),
  filters: z.record(z.string(), z.unknown()).optional(),
});

const { values: args } = parseArgs({ options: { noise: { type: 'string', default: '3000' } } });
const noise = Number(args.noise);

async function main() {
  const cases = z.array(ZCase).parse(load(readFileSync(path.join(__dirname, 'relevance-queries.yml'), 'utf8')));
  return withContentCorpus(
    'relevance',
    async () => {
      const { searchEngine } = await import('@/lib/search/engine');
      const { searchDocuments } = await import('@/lib/search/search-documents');
      const engine = searchEngine();
      const admin = { id: 'relevance', role: 'admin' as const };
      const rows: { type: string; rank: number; q: string; top: string[] }[] = [];
      for (const c of cases) {
        const r = await searchDocuments(admin, { q: c.q, ...c.filters, perPage: 10 });
        const paths = r.hits.map((h) => h.path);
        const rank = paths.findIndex((p) => c.expect.includes(p)) + 1;
        rows.push({ type: c.type, rank, q: c.q, top: paths.slice(0, 3) });
      }
      const score = (rs: typeof rows) => ({
        n: rs.length,
        hit1: rs.filter((r) => r.rank === 1).length / rs.length,
        hit3: rs.filter((r) => r.rank >= 1 && r.rank <= 3).length / rs.length,
        mrr: rs.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / rs.length,
      });
      const line = (name: string, s: ReturnType<typeof score>) =>
        `${name.padEnd(10)} ${String(s.n).padStart(3)} queries   hit@1 ${s.hit1.toFixed(2)}   hit@3 ${s.hit3.toFixed(2)}   MRR ${s.mrr.toFixed(2)}`;
      console.log(`Search relevance, ${engine.name} engine, content/ plus ${noise.toLocaleString()} generated documents:`);
      for (const type of [...new Set(rows.map((r) => r.type))]) console.log(line(type, score(rows.filter((r) => r.type === type))));
      const all = score(rows);
      console.log(line('all', all));
      const misses = rows.filter((r) => r.rank === 0 || r.rank > 3);
      if (misses.length) {
        console.log('\nNot in the top 3:');
        for (const m of misses) console.log(`  "${m.q}" (${m.type}): rank ${m.rank || '-'}; top: ${m.top.join(', ') || 'nothing'}`);
      }
      return all.hit3 >= 0.9 ? 0 : 1;
    },
    { noise },
  );
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);
