// One notification as a sentence with a link to what it is about.
import Link from 'next/link';

type TData = {
  due?: string | null;
  by?: string;
  version?: number;
  message?: string;
  excerpt?: string;
  reply?: boolean;
  path?: string;
  action?: string;
};

export function NoticeLine({ type, data }: { type: string; data: unknown }) {
  const d = (data ?? {}) as TData;
  const href = d.path ?? '#';
  switch (type) {
    case 'page.created':
      return (
        <>
          {d.by} created this page. <Link href={href}>Read it</Link>
        </>
      );
    case 'page.changed':
      return (
        <>
          {d.by} saved version {d.version}
          {d.message ? `: “${d.message}”` : ''}. <Link href={href}>See what changed</Link>
        </>
      );
    case 'mention':
      return (
        <>
          {d.by} mentioned you: “{d.excerpt}” <Link href={href}>Open the comment</Link>
        </>
      );
    case 'comment':
      return (
        <>
          {d.by} {d.reply ? 'replied' : 'commented'}: “{d.excerpt}” <Link href={href}>Open the comment</Link>
        </>
      );
    case 'review_due':
      return (
        <>
          Your page’s review date has come ({d.due}). <Link href={href}>Verify it or bring it up to date</Link>
        </>
      );
    case 'monitoring_review_due':
      return (
        <>
          This model card’s monitoring review date has come ({d.due}). <Link href={href}>Review its monitoring</Link>
        </>
      );
    case 'action_assigned':
      return (
        <>
          {d.by} gave you “{d.action}”{d.due ? `, due ${d.due}` : ''}. <Link href={href}>See the action items</Link>
        </>
      );
    case 'action_due_soon':
      return (
        <>
          Your action item “{d.action}” is due {d.due}. <Link href={href}>See it</Link>
        </>
      );
    case 'action_overdue':
      return (
        <>
          Your action item “{d.action}” was due {d.due}. <Link href={href}>Mark it done or agree a new date</Link>
        </>
      );
    default:
      return <Link href={href}>{type}</Link>;
  }
}
