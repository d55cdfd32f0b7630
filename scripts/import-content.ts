// npm run content:import -- <folder|file.zip> [--project <slug>] [--dry-run] [--include-conflicts]
// Imports files in the export layout (content/): first the dry run (what would be created,
// updated, left alone, held as a conflict or refused, with file:line: field), then, unless
// --dry-run, the import itself with a progress bar. Conflicts (pages changed in the wiki since
// the file was exported) are skipped unless --include-conflicts. Acts for the deployment: each
// page is saved by its owner. Uses DATABASE_URL, or the embedded database.
import path from 'node:path';
import { databaseForScript } from '@/lib/db/embedded-local';

const root = path.resolve(__dirname, '..');
const USAGE = 'Usage: npm run content:import -- <folder|file.zip> [--project <slug>] [--dry-run] [--include-conflicts]';

function flag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}

async function main() {
  const args = process.argv.slice(2);
  const dryRun = flag(args, '--dry-run');
  const includeConflicts = flag(args, '--include-conflicts');
  const at = args.indexOf('--project');
  const projectSlug = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const source = args[0];
  if (!source || args.length > 1 || (at >= 0 && !projectSlug)) {
    console.error(USAGE);
    return 2;
  }
  const stopDatabase = await databaseForScript(root);
  try {
    const { CLI_LIMITS, readFolder, readZip } = await import('@/lib/content/import-files');
    const { planImport } = await import('@/lib/content/plan-import');
    const { applyImport } = await import('@/lib/content/apply-import');
    const { printPlan } = await import('@/lib/content/print-plan');
    const { progressBar } = await import('@/lib/content/progress');
    const { loadProject, SYSTEM_ACTOR } = await import('@/lib/policies/loaders');
    const actor = { ...SYSTEM_ACTOR, name: 'the command line' };
    const full = path.resolve(source);
    const started = performance.now();
    const files = full.endsWith('.zip') ? await readZip(full, CLI_LIMITS) : await readFolder(full, CLI_LIMITS);
    const target = projectSlug ? { project: await loadProject(actor, projectSlug) } : { wiki: true as const };
    const { plan } = await planImport(actor, files, target);
    const refused = printPlan(plan, (line) => console.log(line));
    const planned = (performance.now() - started) / 1000;
    console.log(`Read and checked ${files.size} files in ${planned.toFixed(1)} s.`);
    if (dryRun) return refused ? 1 : 0;
    const confirmed = new Set(includeConflicts ? plan.items.filter((i) => i.action === 'conflict').map((i) => i.file) : []);
    const bar = progressBar('Imported', plan.items.length);
    const result = await applyImport(actor, files, target, confirmed, () => bar.tick());
    const { seconds } = bar.finish();
    const c = result.counts;
    const written = c.created + c.updated;
    console.log(
      `Import done in ${seconds.toFixed(1)} s (${Math.round(written / Math.max(seconds, 0.001))} pages/s written): ${c.created} created, ` +
        `${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped, ${c.refused} refused, ${c.failed} failed; ` +
        `${result.projects} projects, ${result.people} people, ${result.templates} templates.`,
    );
    for (const item of result.items.filter((i) => i.outcome === 'failed' || i.outcome === 'skipped'))
      console.log(`  ${item.outcome}: ${item.file}: ${item.reason}`);
    return c.refused || c.failed ? 1 : 0;
  } catch (err) {
    console.error(`content:import: ${(err as Error).message}`);
    return 1;
  } finally {
    await stopDatabase();
  }
}

main().then((code) => process.exit(code));
