import 'server-only';
import { ensureFirstAdmin } from '@/lib/auth/ensure-admin';
import { refreshMissingCompleteness } from '@/lib/completeness/refresh-completeness';
import { importContent } from '@/lib/content/import-content';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import { runPrisma } from '../../scripts/prisma.mjs';

type TLog = (line: string) => void;

/**
 * Everything a database needs before the app serves from it, once per deployment (`npm run
 * migrate`) or at every `npm start`: the committed migrations, content/ (under an advisory lock,
 * so two runs at once import each page once), the first admin (its password said at once, the
 * only time it is shown) and completeness for pages saved before its rules existed. Safe to run
 * again and concurrently.
 */
export async function prepareDatabase(opts: { contentDir: string; log: TLog; afterMigrations?: () => Promise<void> }) {
  const { log } = opts;
  await runPrisma(['migrate', 'deploy'], { ...process.env, HINDSIGHT_QUIET: '1' });
  log('Database schema is up to date.');
  await opts.afterMigrations?.();

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
}
