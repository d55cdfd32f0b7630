import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureFirstAdmin } from '@/lib/auth/ensure-admin';
import { refreshMissingCompleteness } from '@/lib/completeness/refresh-completeness';
import { importContent } from '@/lib/content/import-content';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import { db } from '@/lib/db/client';
import { runPrisma } from '../../scripts/prisma.mjs';

type TLog = (line: string) => void;

export function migrationFolders(): string[] {
  const dir = path.join(process.cwd(), 'prisma', 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
}

/**
 * Whether prisma/migrations holds a migration the database has not finished applying (or the
 * database is new). Asked in one query, as `prisma migrate deploy` costs over a second to start
 * even with nothing to do: most starts are restarts.
 */
export async function migrationsPending(folders = migrationFolders()): Promise<boolean> {
  const [table] = await db.$queryRaw<{ found: boolean }[]>`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS found`;
  if (!table?.found) return true; // a new database
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.name));
  return folders.some((f) => !applied.has(f));
}

/**
 * Everything a database needs before the app serves from it, once per deployment (`npm run
 * migrate`) or at every `npm start`: the committed migrations, content/ (under an advisory lock,
 * so two runs at once import each page once), the first admin (its password said at once, the
 * only time it is shown) and completeness for pages saved before its rules existed. Safe to run
 * again and concurrently. Returns how long the migrations and the rest took.
 */
export async function prepareDatabase(opts: { contentDir: string; log: TLog; afterMigrations?: () => Promise<void> }) {
  const { log } = opts;
  const t0 = performance.now();
  if (await migrationsPending()) await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  log('Database schema is up to date.');
  await opts.afterMigrations?.();
  const t1 = performance.now();

  // Under a lock: two runs at once must not both create the admin and print two passwords.
  const admin = await withAdvisoryLock('first-admin', ensureFirstAdmin);
  if (admin) {
    log('\nFirst start: an admin account was created. Sign in once with');
    log(`  email:    ${admin.email}`);
    log(`  password: ${admin.password}`);
    log('This password is shown only now (npm run admin:reset -- <email> makes a new one). Invite your team from Admin → Users.\n');
  }

  const report = await importContent(opts.contentDir, (line) => {
    if (line.startsWith('warning:')) log(line);
  });
  log(
    `Content: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.projects} projects, ${report.templates} templates.`,
  );
  await refreshMissingCompleteness();
  return { migrationsMs: t1 - t0, contentMs: performance.now() - t1 };
}
