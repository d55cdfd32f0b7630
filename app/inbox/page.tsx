import Link from 'next/link';
import { ActionButton } from '@/components/action-button';
import { NoticeLine } from '@/components/notifications/notice-line';
import { RelativeDate } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { documentPath } from '@/lib/documents/paths';
import { listInbox, type TInboxItem } from '@/lib/notifications/inbox';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Inbox' };

export default async function InboxPage() {
  const user = await currentUser();
  const items = await listInbox(user);
  // Grouped by page, the page with the newest notice first.
  const groups = new Map<string, TInboxItem[]>();
  for (const item of items) groups.set(item.document.id, [...(groups.get(item.document.id) ?? []), item]);
  const unread = items.filter((i) => !i.readAt).length;
  return (
    <>
      <h1 className="page-title">Inbox</h1>
      <p className="lede">
        What happened on the pages and projects you watch, and where someone mentioned you. You watch the pages you write or comment on; use
        Watch on any page or project to follow it too.
      </p>
      {unread > 0 && (
        <p>
          <ActionButton url="/api/notifications/read" body={{ all: true }} label="Mark all read" />
        </p>
      )}
      {items.length === 0 && <p className="meta">Nothing yet.</p>}
      {[...groups.values()].map((group) => {
        const doc = group[0]!.document;
        const fresh = group.filter((i) => !i.readAt).map((i) => i.id);
        return (
          <section key={doc.id} className="card" style={{ marginBottom: 12 }} data-testid="inbox-page">
            <h2 style={{ fontSize: '1.05rem', margin: 0 }}>
              <Link href={documentPath(doc.project?.slug, doc.slug)}>{doc.title}</Link>
              {doc.project && <span className="meta"> · {doc.project.name}</span>}
            </h2>
            <ul className="doc-list">
              {group.map((item) => (
                <li
                  key={item.id}
                  data-testid="notification"
                  data-unread={item.readAt ? undefined : 'true'}
                  style={{ fontWeight: item.readAt ? undefined : 600 }}
                >
                  <NoticeLine type={item.type} data={item.data} />{' '}
                  <span className="meta">
                    · <RelativeDate date={item.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
            {fresh.length > 0 && <ActionButton url="/api/notifications/read" body={{ ids: fresh }} label="Mark read" />}
          </section>
        );
      })}
    </>
  );
}
