// npm run bench:restart [-- --files 3000]
// Starts the wiki as `npm start` does (embedded PostgreSQL, migrations, content/, the worker,
// next start) on a copy of content/ plus `files` generated pages, twice: the first start imports
// every file, the second finds them unchanged. Prints each start's time to its first healthy
// answer and its own breakdown. Needs a production build (`npx next build`). Asserts nothing.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import { scratchDataDir } from '@/lib/db/embedded-host';
import { generateDocument, spaceOfGenerated } from './corpus';

const root = path.resolve(__dirname, '..');
const { values: args } = parseArgs({ options: { files: { type: 'string', default: '3000' } } });
const files = Number(args.files);

function writeContent(dir: string) {
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const g = generateDocument(i, files);
    const space = spaceOfGenerated(i);
    const folder = space ? path.join(dir, 'projects', space) : path.join(dir, 'practices');
    mkdirSync(folder, { recursive: true });
    if (space) writeFileSync(path.join(folder, 'project.md'), `---\nname: Project ${space}\n---\n`);
    const front = dump({ title: g.title, slug: g.slug, kind: g.kind, tags: g.tags }, { lineWidth: -1 });
    writeFileSync(path.join(folder, `${g.slug}.md`), `---\n${front}---\n${g.body}`);
  }
}

/** One start: until "Hindsight is running"; returns the wall time and the start's own breakdown. */
function start(env: Record<string, string>): Promise<{ ms: number; breakdown: string; content: string }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/serve.ts'],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('Hindsight is running')) return;
      const ms = performance.now() - t0;
      child.once('exit', () =>
        resolve({ ms, breakdown: /Started in .*/.exec(out)?.[0] ?? '', content: /Content: .*/.exec(out)?.[0] ?? '' }),
      );
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      if (!out.includes('Hindsight is running')) reject(new Error(`the wiki did not start (exit ${code}):\n${out}`));
    });
  });
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hindsight-restart-'));
  // A folder the embedded PostgreSQL can use when this runs as root (it then runs as "postgres").
  const scratch = scratchDataDir('hindsight-restart-db-');
  try {
    writeContent(path.join(dir, 'content'));
    const env = {
      HINDSIGHT_CONTENT_DIR: path.join(dir, 'content'),
      HINDSIGHT_DATA_DIR: scratch.dataDir,
      HINDSIGHT_DB_PORT: String(55000 + Math.floor(Math.random() * 900)),
      PORT: String(3400 + Math.floor(Math.random() * 400)),
      DATABASE_URL: '',
    };
    console.log(`Restart benchmark: content/ plus ${files.toLocaleString()} generated pages, embedded PostgreSQL, next start`);
    for (const label of ['first start (imports every file)', 'restart (nothing changed)']) {
      const r = await start(env);
      console.log(`  ${label}: ${(r.ms / 1000).toFixed(1)} s to the first healthy answer`);
      console.log(`    ${r.content}`);
      console.log(`    ${r.breakdown}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    scratch.remove();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);
