// Where a server's CPU time went, from a V8 .cpuprofile (node --cpu-prof): self time grouped by
// what the code belongs to (React's server renderer, Next, Prisma, the pg driver, our lib/ and
// app/, Node itself), and the top functions. For bench:pages --profile.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type TNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[] };

const GROUPS: [string, RegExp][] = [
  ['React server rendering (HTML and RSC payload)', /react-dom|react-server|react\.|scheduler|\/react\//],
  ['Prisma client and query engine', /prisma|query_compiler|\.wasm/],
  ['pg driver', /node_modules\/pg|pg-protocol|pg-pool/],
  ['Next.js (routing, caching, streaming)', /next\/dist|\.next\/server\/chunks\/ssr\/node_modules_next/],
  ['our code (app/, components/, lib/)', /\[project\]|\/app\/|\/components\/|\/lib\//],
  ['Markdown (remark/rehype, unified)', /remark|rehype|micromark|mdast|hast|unified/],
  ['jose / next-auth (session)', /jose|next-auth/],
  ['garbage collection', /^$/],
];

function groupOf(n: TNode): string {
  const { url, functionName } = n.callFrame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  for (const [name, re] of GROUPS) if (name !== 'garbage collection' && re.test(url)) return name;
  return url.startsWith('node:') || url === '' ? 'Node.js itself (streams, http, buffers)' : 'other libraries';
}

/** Prints the share of busy time per group and the ten busiest functions of the profiles in `dir`. */
export function printCpuProfile(dir: string, pages: number) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byGroup = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const otherUrls = new Map<string, number>();
  for (const f of files) {
    const p = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as TProfile;
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const n = nodes.get(id)!;
      const us = p.timeDeltas[i] ?? 0;
      const g = groupOf(n);
      byGroup.set(g, (byGroup.get(g) ?? 0) + us);
      if (g === 'other libraries') {
        const u = n.callFrame.url.replace(/.*node_modules\//, '').replace(/\/.*/, '');
        otherUrls.set(u, (otherUrls.get(u) ?? 0) + us);
      }
      if (g !== '(idle)') {
        const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*node_modules\//, '').slice(-60)}:${n.callFrame.lineNumber}`;
        byFunction.set(key, (byFunction.get(key) ?? 0) + us);
      }
    });
  }
  const busy = [...byGroup].filter(([g]) => g !== '(idle)').reduce((s, [, us]) => s + us, 0);
  console.log(
    `Server CPU profile: ${(busy / 1000).toFixed(0)} ms busy for ${pages} pages = ${(busy / 1000 / pages).toFixed(1)} ms of CPU per page`,
  );
  for (const [g, us] of [...byGroup].filter(([g]) => g !== '(idle)').sort((a, b) => b[1] - a[1])) {
    console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${(us / 1000 / pages).toFixed(2).padStart(6)} ms/page  ${g}`);
  }
  const others = [...otherUrls].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `  "other libraries" are mostly: ${others.map(([u, us]) => `${u || '(no file)'} ${((100 * us) / busy).toFixed(1)}%`).join(', ')}`,
  );
  console.log('  busiest functions (self time):');
  for (const [k, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`    ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`);
  }
}
