// The JavaScript a browser must fetch before a page is interactive: every <script src> in the
// page's HTML (Next's runtime, React, the shared chunks and the route's own), fetched and gzipped
// as a server would send them. Scripts marked noModule (Next's polyfills) are left out: modern
// browsers never fetch them. Chunks loaded later on demand (Mermaid, on a page with a diagram)
// are not in the HTML, so they are not counted. The sign-in page is the baseline: what every
// page carries (React, Next's router, the root layout); the rest is the page's own.
import { gzipSync } from 'node:zlib';

type TScript = { src: string; raw: number; gzip: number };

async function scriptsOf(base: string, path: string, cookie: string): Promise<TScript[]> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]!.replaceAll('&amp;', '&')))];
  return Promise.all(
    sources.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      return { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (list: TScript[], key: 'raw' | 'gzip') => list.reduce((n, s) => n + s[key], 0);

/** Prints the first-load JavaScript of the pages named, split into the shared baseline and each page's own. */
export async function printFirstLoadJs(base: string, cookie: string, pages: [string, string][], budget: number) {
  const baseline = await scriptsOf(base, '/signin', '');
  const shared = new Set(baseline.map((s) => s.src));
  console.log('First-load JavaScript (gzip; every <script src> of the HTML but noModule polyfills):');
  console.log(`  shared by every page (sign-in page: React, Next's runtime, the layout): ${kb(sum(baseline, 'gzip'))}`);
  for (const [name, path] of pages) {
    const scripts = await scriptsOf(base, path, cookie);
    const total = sum(scripts, 'gzip');
    const own = sum(
      scripts.filter((s) => !shared.has(s.src)),
      'gzip',
    );
    const verdict = name === 'document page' ? `  budget ${kb(budget)}: ${total <= budget ? 'within' : 'OVER'}` : '';
    console.log(
      `  ${name.padEnd(14)} ${kb(total).padStart(9)} in ${scripts.length} scripts (${kb(sum(scripts, 'raw'))} raw), its own ${kb(own)}${verdict}`,
    );
  }
}
