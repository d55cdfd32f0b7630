// npm run content:export -- <dir|file.zip> [--project <slug>]: the wiki (or one project) as
// content/ files, in a new folder or a .zip, with a progress bar. Acts for the deployment, so it
// reads every page. Uses DATABASE_URL, or the embedded database (the running wiki's, or started
// for the command).
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { databaseForScript } from '@/lib/db/embedded-local';

const root = path.resolve(__dirname, '..');
const USAGE = 'Usage: npm run content:export -- <folder|file.zip> [--project <slug>]';

async function isEmptyOrMissing(dir: string) {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--project');
  const projectSlug = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const target = args[0];
  if (!target || args.length > 1 || (at >= 0 && !projectSlug)) {
    console.error(USAGE);
    return 2;
  }
  const out = path.resolve(target);
  const asZip = out.endsWith('.zip');
  if (!asZip && !(await isEmptyOrMissing(out))) {
    console.error(`content:export: ${out} is not empty; choose a new folder so nothing is overwritten.`);
    return 2;
  }
  const stopDatabase = await databaseForScript(root);
  try {
    const { countExport, exportEntries } = await import('@/lib/content/export-content');
    const { zipChunks } = await import('@/lib/content/zip-write');
    const { loadProject, SYSTEM_ACTOR } = await import('@/lib/policies/loaders');
    const { progressBar } = await import('@/lib/content/progress');
    const scope = projectSlug ? { project: await loadProject(SYSTEM_ACTOR, projectSlug) } : { wiki: true as const };
    const bar = progressBar('Exported', await countExport(SYSTEM_ACTOR, scope));
    const entries = exportEntries(SYSTEM_ACTOR, scope, () => bar.tick());
    let files = 0;
    if (asZip) {
      const counted = (async function* () {
        for await (const e of entries) {
          files += 1;
          yield e;
        }
      })();
      await mkdir(path.dirname(out), { recursive: true });
      await pipeline(Readable.from(zipChunks(counted)), createWriteStream(out));
    } else {
      for await (const entry of entries) {
        const file = path.join(out, entry.path);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, 'text' in entry ? entry.text : entry.bytes);
        files += 1;
      }
    }
    const { done, seconds } = bar.finish();
    console.log(
      `Wrote ${files} files (${done} pages) to ${out} in ${seconds.toFixed(1)} s: ${Math.round(done / Math.max(seconds, 0.001))} pages/s.`,
    );
    return 0;
  } catch (err) {
    console.error(`content:export: ${(err as Error).message}`);
    return 1;
  } finally {
    await stopDatabase();
  }
}

main().then((code) => process.exit(code));
