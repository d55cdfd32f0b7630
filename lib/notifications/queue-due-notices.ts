import 'server-only';
// Due dates, told to the page's owner: its review date has come, or (model cards) its monitoring
// review date has. Found by a sweep in the worker; each is told once, by a key (what, page, date)
// inserted in the transaction that writes the notice, so two workers sweeping at once tell it
// once between them. A new date is a new key: verifying a page and letting it lapse again tells
// its owner again.
import { db, type TTransaction } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { pagesDue, type TPageDue } from '@/lib/reviews/pages-due';
import { notify } from './notify';

const PER_SWEEP = 500;
const day = (d: Date) => d.toISOString().slice(0, 10);

async function tell(tx: TTransaction, rows: TPageDue[], prefix: string, type: 'review_due' | 'monitoring_review_due') {
  const fresh = new Set(
    (
      await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "Reminder" (key) SELECT unnest(${rows.map((r) => `${prefix}${r.id}:${day(r.due)}`)}::text[])
        ON CONFLICT (key) DO NOTHING RETURNING key`
    ).map((r) => r.key),
  );
  let told = 0;
  for (const r of rows) {
    if (!fresh.has(`${prefix}${r.id}:${day(r.due)}`)) continue;
    const page = { id: r.id, project: r.projectId ? { id: r.projectId } : null };
    const path = documentPath(r.projectSlug, r.slug);
    told += (await notify(tx, page, [r.ownerId], { type, data: { due: day(r.due), path } }, null)).length;
  }
  return told;
}

/** One sweep; returns how many notices it wrote. */
export async function queueDueNotices(now = new Date()): Promise<number> {
  let told = 0;
  for (const [column, prefix, type] of [
    ['reviewBy', 'notify.review_due:', 'review_due'],
    ['monitoringReviewBy', 'notify.monitoring_review_due:', 'monitoring_review_due'],
  ] as const) {
    const rows = await pagesDue(column, prefix, now, PER_SWEEP);
    if (rows.length) told += await db.$transaction((tx) => tell(tx, rows, prefix, type), { timeout: 60_000 });
  }
  return told;
}
