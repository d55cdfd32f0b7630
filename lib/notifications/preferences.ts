// The kinds of notice, how each reaches a person by default, and the words for them. Pure.
import { z } from 'zod';

export const NOTICE_TYPES = [
  'page.changed',
  'page.created',
  'comment',
  'mention',
  'review_due',
  'monitoring_review_due',
  'action_assigned',
  'action_due_soon',
  'action_overdue',
] as const;
export type TNotificationType = (typeof NOTICE_TYPES)[number];

const REACHES = ['app', 'email', 'off'] as const;
export type TReach = (typeof REACHES)[number];

export const NOTICE_LABEL: Record<TNotificationType, string> = {
  'page.changed': 'A page I watch has a new version',
  'page.created': 'A new page in a project I watch',
  comment: 'A comment or reply on a page I watch',
  mention: 'Someone mentions me',
  review_due: 'A page I own is due for review',
  monitoring_review_due: 'A model card I own is due for its monitoring review',
  action_assigned: 'An action item is given to me',
  action_due_soon: 'An action item of mine is due in the next few days',
  action_overdue: 'An action item of mine is overdue',
};

/** What reaches a person who chose nothing: email for what is theirs to act on, the inbox for the rest. */
const DEFAULT_REACH: Record<TNotificationType, TReach> = {
  'page.changed': 'app',
  'page.created': 'app',
  comment: 'app',
  mention: 'email',
  review_due: 'email',
  monitoring_review_due: 'email',
  action_assigned: 'email',
  action_due_soon: 'email',
  action_overdue: 'email',
};

export function reachOf(prefs: unknown, type: TNotificationType): TReach {
  const chosen = (prefs && typeof prefs === 'object' ? (prefs as Record<string, unknown>)[type] : undefined) as TReach | undefined;
  return chosen && REACHES.includes(chosen) ? chosen : DEFAULT_REACH[type];
}

export const ZNoticePrefs = z.object({
  prefs: z.partialRecord(z.enum(NOTICE_TYPES), z.enum(REACHES)),
  digest: z.boolean(),
});
