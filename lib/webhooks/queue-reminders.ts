import 'server-only';
// Events no save causes, found by a sweep the worker runs: a page's review date has come, a model
// card's monitoring review date has come, an open action item is past its due date. Each is
// announced once: its key (event, page, date) goes into Reminder in the transaction that
// queues its deliveries, and a key already there is skipped, so several workers sweeping at once
// announce it once between them. A sweep looks only for events some endpoint chose.
import { createHash } from 'node:crypto';
import { db, type TTransaction } from '@/lib/db/client';
import { pagesDue } from '@/lib/reviews/pages-due';
import type { TWebhookEvent } from './events';
import { actionItemData } from './action-item-changes';
import { queueWebhookEvents, type TEventDocument, type TQueuedEvent } from './queue-events';

const PER_SWEEP = 500;
const day = (d: Date) => d.toISOString().slice(0, 10);

type TDue = { key: string; doc: TEventDocument; event: TQueuedEvent };
type TRow = {
  id: string;
  title: string;
  kind: string;
  slug: string;
  version: number;
  projectId: string | null;
  projectSlug: string | null;
};

const docOf = (r: TRow): TEventDocument => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  slug: r.slug,
  version: r.version,
  project: r.projectId ? { id: r.projectId, slug: r.projectSlug! } : null,
});

async function reviewsDue(now: Date): Promise<TDue[]> {
  const rows = await pagesDue('reviewBy', 'document.review_due:', now, PER_SWEEP);
  return rows.map((r) => ({
    key: `document.review_due:${r.id}:${day(r.due)}`,
    doc: docOf(r),
    event: { type: 'document.review_due', change: { reviewBy: day(r.due) } },
  }));
}

async function monitoringDue(now: Date): Promise<TDue[]> {
  const rows = await pagesDue('monitoringReviewBy', 'model_card.monitoring_review_due:', now, PER_SWEEP);
  return rows.map((r) => ({
    key: `model_card.monitoring_review_due:${r.id}:${day(r.due)}`,
    doc: docOf(r),
    event: { type: 'model_card.monitoring_review_due', change: { monitoringReviewBy: day(r.due) } },
  }));
}

async function actionItemsOverdue(now: Date): Promise<TDue[]> {
  const rows = await db.$queryRaw<(TRow & { action: string; owner: string; due: Date })[]>`
    SELECT d.id, d.title, d.kind::text AS kind, d.slug, d.version, d."projectId", p.slug AS "projectSlug", a.action, a.owner, a.due
    FROM "ActionItem" a JOIN "Document" d ON d.id = a."documentId" LEFT JOIN "Project" p ON p.id = d."projectId"
    WHERE d."deletedAt" IS NULL AND a.status = 'open' AND a.due < ${now}::date
    ORDER BY a.due LIMIT ${PER_SWEEP * 4}`;
  // The key names the item by a hash of its text: rows are rewritten on every save.
  const due = rows.map((r) => ({
    key: `action_item.overdue:${r.id}:${createHash('sha256').update(r.action.trim().toLowerCase()).digest('hex').slice(0, 16)}:${day(r.due)}`,
    doc: docOf(r),
    event: {
      type: 'action_item.overdue' as const,
      change: { actionItem: actionItemData({ action: r.action, owner: r.owner, due: r.due, status: 'open' }) },
    },
  }));
  const known = new Set(
    (await db.reminder.findMany({ where: { key: { in: due.map((d) => d.key) } }, select: { key: true } })).map((r) => r.key),
  );
  return due.filter((d) => !known.has(d.key)).slice(0, PER_SWEEP);
}

const FINDERS: [TWebhookEvent, (now: Date) => Promise<TDue[]>][] = [
  ['document.review_due', reviewsDue],
  ['model_card.monitoring_review_due', monitoringDue],
  ['action_item.overdue', actionItemsOverdue],
];

async function announce(tx: TTransaction, due: TDue[]): Promise<number> {
  const fresh = new Set(
    (
      await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "Reminder" (key) SELECT unnest(${due.map((d) => d.key)}::text[])
        ON CONFLICT (key) DO NOTHING RETURNING key`
    ).map((r) => r.key),
  );
  let queued = 0;
  for (const d of due) if (fresh.has(d.key)) queued += await queueWebhookEvents(tx, d.doc, [d.event]);
  return queued;
}

/** One sweep; returns how many deliveries it queued. */
export async function queueReminders(now = new Date()): Promise<number> {
  const chosen = await db.webhookEndpoint.findMany({ where: { disabledAt: null }, select: { events: true } });
  const wanted = new Set(chosen.flatMap((e) => e.events));
  let queued = 0;
  for (const [event, find] of FINDERS) {
    if (!wanted.has(event)) continue;
    const due = await find(now);
    if (due.length) queued += await db.$transaction((tx) => announce(tx, due), { timeout: 60_000 });
  }
  return queued;
}

/** Delivered deliveries older than this many days leave the log (failed ones stay until resent or deleted). */
export async function pruneDeliveries(days = 30) {
  await db.$executeRaw`DELETE FROM "WebhookDelivery" WHERE status = 'delivered' AND "createdAt" < now() - make_interval(days => ${days})`;
}
