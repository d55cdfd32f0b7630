// When documents are due for review. Pure functions; see review-policy.test.ts.
import type { TKind } from '@/lib/kinds/kinds';

/** Days until a document of each kind should be confirmed again. */
export const REVIEW_DAYS: Record<TKind, number> = {
  runbook: 90, // operations change fast; an untested runbook is dangerous
  model_card: 90,
  practice: 180,
  retrospective: 365, // history does not change, but its action items and links do
  dataset: 180, // owners, locations and known issues drift
};

const DAY = 86_400_000;
const DUE_SOON_DAYS = 14;

/** The day (midnight UTC, as review dates are written and shown) a page is next due for review. */
export function defaultReviewBy(kind: TKind, from: Date): Date {
  const due = new Date(from.getTime() + REVIEW_DAYS[kind] * DAY);
  return new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate()));
}

export type TReviewState = 'overdue' | 'due-soon' | 'current' | 'unscheduled';

export function reviewState(reviewBy: Date | null, now: Date): TReviewState {
  if (!reviewBy) return 'unscheduled';
  if (reviewBy.getTime() < now.getTime()) return 'overdue';
  if (reviewBy.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY) return 'due-soon';
  return 'current';
}
