// The dry run as lines for the command line. Returns how many files were refused. Pure.
import type { TImportPlan } from './plan-import';

export function printPlan(plan: TImportPlan, print: (line: string) => void): number {
  const count = (action: string) => plan.items.filter((i) => i.action === action).length;
  for (const p of plan.people.filter((x) => x.action === 'create')) print(`person   ${p.handle} (${p.email}) will be added`);
  for (const p of plan.projects.filter((x) => x.action === 'create')) print(`project  ${p.slug} will be created (${p.visibility})`);
  for (const t of plan.templates.filter((x) => x.action !== 'unchanged')) print(`template ${t.name} will be ${t.action === 'create' ? 'added' : 'updated'}`);
  for (const item of plan.items) {
    if (item.action === 'unchanged') continue;
    print(`${item.action.padEnd(9)}${item.file}${item.path ? ` → ${item.path}` : ''}`);
    if (item.reason) print(`         ${item.reason}`);
    for (const w of item.warnings) print(`         warning: ${w}`);
  }
  for (const note of plan.notes) print(`note     ${note}`);
  print(
    `Dry run: ${count('create')} to create, ${count('update')} to update, ${count('unchanged')} unchanged, ` +
      `${count('conflict')} conflicts, ${count('refused')} refused.`,
  );
  return count('refused');
}
