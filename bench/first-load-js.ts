// The JavaScript a browser must fetch before a page is interactive: every <script src> in the
// page's HTML (Next's runtime, the shared chunks and the route's own), fetched and gzipped as a
// server would send them. Chunks loaded later on demand (Mermaid on a page with a diagram) are
// not in the HTML, so they are not counted.
import { gzipSync } from 'node:zlib';

export async function firstLoadJs(base: string, path: string, cookie: string): Promise<{ scripts: number; raw: number; gzip: number }> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: sources.length, raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the first-load JavaScript of the pages named, and the document page's budget. */
export async function printFirstLoadJs(base: string, cookie: string, pages: [string, string][], budget: number) {
  console.log('First-load JavaScript (gzip, every <script src> of the HTML):');
  for (const [name, path] of pages) {
    const js = await firstLoadJs(base, path, cookie);
    const verdict = name === 'document page' ? `  budget ${kb(budget)}: ${js.gzip <= budget ? 'within' : 'OVER'}` : '';
    console.log(`  ${name.padEnd(16)} ${kb(js.gzip).padStart(9)} gzip  (${kb(js.raw)} raw, ${js.scripts} scripts)${verdict}`);
  }
}
