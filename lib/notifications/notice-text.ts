// A notice as plain words, for email. Pure.
import type { TNotificationType } from './preferences';

type TData = { due?: string; by?: string; version?: number; message?: string; excerpt?: string; reply?: boolean };

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
  }
}
