// npm run bench:outline [-- --docs 2000]
// Why lib/markdown/outline.ts scans lines instead of parsing: the indexer reads every body's
// headings on a full reindex. Times the outline of generated bodies (the search benchmark's
// corpus) both ways — the line scanner, and remark's Markdown parse (mdast) that the page
// renderer starts with — and prints the cost per document and for 100,000 documents.
import { parseArgs } from 'node:util';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { outline } from '@/lib/markdown/outline';
import { generateDocument } from './corpus';

const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '2000' } } });
const n = Number(args.docs);
const bodies = Array.from({ length: n }, (_, i) => generateDocument(i, n).body);
const bytes = bodies.reduce((sum, b) => sum + b.length, 0);
const parser = unified().use(remarkParse).use(remarkGfm);

function time(name: string, fn: (body: string) => unknown) {
  for (const b of bodies.slice(0, 100)) fn(b); // warm up
  const t0 = performance.now();
  for (const b of bodies) fn(b);
  const ms = performance.now() - t0;
  console.log(`  ${name.padEnd(28)} ${(ms / n).toFixed(3)} ms/doc   ${(((ms / n) * 100_000) / 1000).toFixed(1)} s per 100,000 documents`);
}

console.log(`Outline of ${n.toLocaleString()} generated bodies (${(bytes / n / 1024).toFixed(1)} KiB each on average):`);
time('line scanner (outline.ts)', (b) => outline(b));
time('remark parse (mdast)', (b) => parser.runSync(parser.parse(b)));
