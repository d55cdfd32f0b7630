// npm run bench:content [-- --docs 10000 --fresh]
// Export and import speed on the benchmark corpus, through the commands an operator runs:
//   npm run content:export (the seeded wiki → a .zip), npm run content:import (that .zip → an
//   empty database), then content:export again, and whether the two archives are the same bytes.
// Prints figures; asserts nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { benchDatabase, seededDatabase } from './harness';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');
const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, fresh: { type: 'boolean', default: false } } });
const docs = Number(args.docs);

/** Runs one of the content scripts against a database; returns its last lines and the time. */
async function timed(script: string, url: string, ...rest: string[]) {
  const t0 = performance.now();
  const { stdout } = await run(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', `scripts/${script}.ts`, ...rest], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, HINDSIGHT_LOG_LEVEL: 'warn' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const lines = stdout.trim().split('\n');
  return { seconds, summary: lines.filter((l) => /^(Wrote|Import done|Read and checked|Dry run)/.test(l)) };
}

async function main() {
  console.log(`Hindsight export/import benchmark: ${docs.toLocaleString()} generated documents`);
  const { db, seeded } = await seededDatabase(`hindsight_bench_${docs}`, docs, { fresh: args.fresh, render: true });
  if (seeded) console.log(`Seeded in ${seeded.seconds.toFixed(1)} s`);
  const source = process.env.DATABASE_URL!;
  await db.$disconnect();
  const work = mkdtempSync(path.join(os.tmpdir(), 'hindsight-bench-content-'));
  const [first, second] = [path.join(work, 'a.zip'), path.join(work, 'b.zip')];

  const exported = await timed('export-content', source, first);
  console.log(
    `\nExport of the seeded wiki: ${exported.seconds.toFixed(1)} s including start-up, ${(statSync(first).size / 1e6).toFixed(1)} MB zip`,
  );
  for (const line of exported.summary) console.log(`  ${line}`);

  const target = await benchDatabase(`hindsight_bench_import_${docs}`, true);
  const imported = await timed('import-content', target, first);
  console.log(`\nImport into an empty database: ${imported.seconds.toFixed(1)} s including start-up`);
  for (const line of imported.summary) console.log(`  ${line}`);

  const again = await timed('export-content', target, second);
  console.log(`\nExport of the imported wiki: ${again.seconds.toFixed(1)} s`);
  const same = readFileSync(first).equals(readFileSync(second));
  console.log(`Round trip (export → import → export): the two archives are ${same ? 'byte-identical' : 'DIFFERENT'}`);
  rmSync(work, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
