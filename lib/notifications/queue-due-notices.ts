import 'server-only';
// Due dates, told to whoever they fall on: a page's review date has come, or (model cards) its
// monitoring review date has, told to its owner; an action item is due soon or overdue, told to
// its assignee. Found by a sweep in the worker; each is told once, by a key (what, which, date)
// inserted in the transaction that writes the notice, so two workers sweeping at once tell it
// once between them. A new date is a new key: verifying a page and letting it lapse again tells
// its owner again, and moving an item's due date tells its assignee again.
import { db, type TTransaction } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { itemsDue } from '@/lib/action-items/items-due';
import { pagesDue } from '@/lib/reviews/pages-due';
import { notify, type TNotifyDocument } from './notify';
import type { TNotificationType } from './preferences';

const PER_SWEEP = 500;
const day = (d: Date) => d.toISOString().slice(0, 10);

type TDue = { key: string; page: TNotifyDocument; userId: string; type: TNotificationType; data: Record<string, unknown> };

async function tell(tx: TTransaction, dues: TDue[]) {
  const fresh = new Set(
    (
      await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "Reminder" (key) SELECT unnest(${dues.map((d) => d.key)}::text[])
        ON CONFLICT (key) DO NOTHING RETURNING key`
    ).map((r) => r.key),
  );
  let told = 0;
  for (const d of dues) {
    if (fresh.has(d.key)) told += (await notify(tx, d.page, [d.userId], { type: d.type, data: d.data }, null)).length;
  }
  return told;
}

async function pageDues(now: Date): Promise<TDue[]> {
  const out: TDue[] = [];
  for (const [column, prefix, type] of [
    ['reviewBy', 'notify.review_due:', 'review_due'],
    ['monitoringReviewBy', 'notify.monitoring_review_due:', 'monitoring_review_due'],
  ] as const) {
    for (const r of await pagesDue(column, prefix, now, PER_SWEEP)) {
      out.push({
        key: `${prefix}${r.id}:${day(r.due)}`,
        page: { id: r.id, project: r.projectId ? { id: r.projectId } : null },
        userId: r.ownerId,
        type,
        data: { due: day(r.due), path: documentPath(r.projectSlug, r.slug) },
      });
    }
  }
  return out;
}

async function actionItemDues(now: Date): Promise<TDue[]> {
  const out: TDue[] = [];
  for (const [when, prefix, type] of [
    ['soon', 'notify.action_due_soon:', 'action_due_soon'],
    ['overdue', 'notify.action_overdue:', 'action_overdue'],
  ] as const) {
    for (const r of await itemsDue(when, prefix, now, PER_SWEEP)) {
      out.push({
        key: r.key,
        page: { id: r.documentId, project: r.projectId ? { id: r.projectId } : null },
        userId: r.assigneeId,
        type,
        data: { due: day(r.due), action: r.action, path: `${documentPath(r.projectSlug, r.slug)}#action-items` },
      });
    }
  }
  return out;
}

/** One sweep; returns how many notices it wrote. */
export async function queueDueNotices(now = new Date()): Promise<number> {
  const dues = [...(await pageDues(now)), ...(await actionItemDues(now))];
  if (dues.length === 0) return 0;
  return db.$transaction((tx) => tell(tx, dues), { timeout: 60_000 });
}
