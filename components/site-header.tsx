import Link from 'next/link';
import { sessionUser } from '@/lib/auth/current-user';
import { unreadCount } from '@/lib/notifications/inbox';
import { SignOutButton } from './auth/sign-out-button';
import { SearchPalette } from './search/search-palette';
import { JOB_ROLE_LABEL } from './job-role';
import { SidebarToggle } from './navigation/sidebar-toggle';

// A slim header: the sidebar button, the name, search, New, the inbox and the account. The
// wiki's sections live in the sidebar (components/navigation/sidebar.tsx).
export async function SiteHeader({ sidebarCollapsed }: { sidebarCollapsed: boolean }) {
  const user = await sessionUser();
  const unread = user ? await unreadCount(user) : 0;
  return (
    <header className="site-header">
      <div className="inner">
        {user && <SidebarToggle collapsed={sidebarCollapsed} />}
        <Link href="/" className="brand">
          Hind<span>sight</span>
        </Link>
        {user && (
          <>
            <SearchPalette />
            {user.role !== 'viewer' && (
              <Link href="/new" className="button primary new-document" aria-label="New document">
                <span aria-hidden="true">+</span>
                <span className="wide-only"> New document</span>
              </Link>
            )}
            <Link href="/inbox" className="bell" aria-label={`Inbox, ${unread} unread`} data-testid="bell">
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 && <span className="bell-count">{unread > 99 ? '99+' : unread}</span>}
            </Link>
            <Link href="/account" className="meta" title={user.email} aria-label={`Account: ${user.name}`}>
              <span className="avatar" aria-hidden="true">
                {user.name.slice(0, 1).toUpperCase()}
              </span>
              <span className="wide-only">
                {user.name} · {JOB_ROLE_LABEL[user.jobRole]} · {user.role}
              </span>
            </Link>
            <span className="wide-only">
              <SignOutButton />
            </span>
          </>
        )}
      </div>
    </header>
  );
}
