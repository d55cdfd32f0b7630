import 'server-only';
// Due dates, told to the page's owner: its review date has come, or (model cards) its monitoring
// review date has. Found by a sweep in the worker; each is told once, by a key (what, page, date)
// inserted in the transaction that writes the notice, so two workers sweeping at once tell it
// once between them. A new date is a new key: verifying a page and letting it lapse again tells
// its owner again.
import { db, type TTransaction } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { notify } from './notify';

const PER_SWEEP = 500;
const day = (d: Date) => d.toISOString().slice(0, 10);

type TDue = { id: string; slug: string; ownerId: string; projectId: string | null; projectSlug: string | null; due: Date };

function dueRows(column: 'reviewBy' | 'monitoringReviewBy', prefix: string, now: Date) {
  const on =
    column === 'reviewBy'
      ? db.$queryRaw<TDue[]>`
    SELECT d.id, d.slug, d."ownerId", d."projectId", p.slug AS "projectSlug", d."reviewBy" AS due
    FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d."deletedAt" IS NULL AND d."reviewBy" <= ${now}
      AND NOT EXISTS (SELECT 1 FROM "Reminder" r WHERE r.key = ${prefix} || d.id || ':' || to_char(d."reviewBy", 'YYYY-MM-DD'))
    ORDER BY d."reviewBy" LIMIT ${PER_SWEEP}`
      : db.$queryRaw<TDue[]>`
    SELECT d.id, d.slug, d."ownerId", d."projectId", p.slug AS "projectSlug", d."monitoringReviewBy" AS due
    FROM "Document" d LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d."deletedAt" IS NULL AND d."monitoringReviewBy" <= ${now}::date
      AND NOT EXISTS (SELECT 1 FROM "Reminder" r WHERE r.key = ${prefix} || d.id || ':' || to_char(d."monitoringReviewBy", 'YYYY-MM-DD'))
    ORDER BY d."monitoringReviewBy" LIMIT ${PER_SWEEP}`;
  return on;
}

async function tell(tx: TTransaction, rows: TDue[], prefix: string, type: 'review_due' | 'monitoring_review_due') {
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
    const rows = await dueRows(column, prefix, now);
    if (rows.length) told += await db.$transaction((tx) => tell(tx, rows, prefix, type), { timeout: 60_000 });
  }
  return told;
}
