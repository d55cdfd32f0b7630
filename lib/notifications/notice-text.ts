// A notice as plain words, for email. Pure.
import type { TNotificationType } from './preferences';

type TData = { due?: string | null; by?: string; version?: number; message?: string; excerpt?: string; reply?: boolean; action?: string };

export function noticeText(type: TNotificationType, data: unknown, title: string): { subject: string; line: string } {
  const d = (data ?? {}) as TData;
  switch (type) {
    case 'page.created':
      return { subject: `${d.by} created "${title}"`, line: `${d.by} created this page.` };
    case 'page.changed':
      return {
        subject: `${d.by} saved version ${d.version} of "${title}"`,
        line: `${d.by} saved version ${d.version}${d.message ? `: "${d.message}"` : ''}.`,
      };
    case 'mention':
      return { subject: `${d.by} mentioned you on "${title}"`, line: `${d.by} mentioned you: "${d.excerpt}"` };
    case 'comment':
      return {
        subject: `${d.by} ${d.reply ? 'replied' : 'commented'} on "${title}"`,
        line: `${d.by} ${d.reply ? 'replied' : 'commented'}: "${d.excerpt}"`,
      };
    case 'review_due':
      return {
        subject: `"${title}" is due for review`,
        line: `Your page's review date has come (${d.due}): verify it or bring it up to date.`,
      };
    case 'monitoring_review_due':
      return {
        subject: `"${title}" is due for its monitoring review`,
        line: `This model card's monitoring review date has come (${d.due}).`,
      };
    case 'action_assigned':
      return {
        subject: `${d.by} gave you an action item on "${title}"`,
        line: `${d.by} gave you "${d.action}"${d.due ? `, due ${d.due}` : ''}.`,
      };
    case 'action_due_soon':
      return { subject: `Due ${d.due}: "${d.action}"`, line: `Your action item "${d.action}" is due ${d.due}.` };
    case 'action_overdue':
      return {
        subject: `Overdue: "${d.action}"`,
        line: `Your action item "${d.action}" was due ${d.due}: mark it done, or agree a new date.`,
      };
  }
}
