import Link from 'next/link';
import { sessionUser } from '@/lib/auth/current-user';
import { unreadCount } from '@/lib/notifications/inbox';
import { KIND_INFO, KINDS } from '@/lib/kinds/kinds';
import { SignOutButton } from './auth/sign-out-button';
import { SearchPalette } from './search/search-palette';
import { JOB_ROLE_LABEL } from './job-role';
import { NavLinks } from './nav-links';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/projects', label: 'Projects' },
  ...KINDS.map((k) => ({ href: `/${KIND_INFO[k].segment}`, label: KIND_INFO[k].plural })),
  { href: '/decisions', label: 'Decisions' },
  { href: '/lessons', label: 'Lessons' },
  { href: '/action-items', label: 'Action items' },
  { href: '/needs-review', label: 'Needs review' },
  { href: '/search', label: 'Search' },
];

export async function SiteHeader() {
  const user = await sessionUser();
  const unread = user ? await unreadCount(user) : 0;
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          Hind<span>sight</span>
        </Link>
        {user && (
          <>
            <nav className="site-nav" aria-label="Main">
              <NavLinks links={[...NAV, ...(user.role === 'admin' ? [{ href: '/admin/users', label: 'Admin' }] : [])]} />
            </nav>
            <SearchPalette />
            {user.role !== 'viewer' && (
              <Link href="/new" className="button primary">
                New document
              </Link>
            )}
            <Link href="/inbox" className="bell" aria-label={`Inbox, ${unread} unread`} data-testid="bell">
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 && <span className="bell-count">{unread > 99 ? '99+' : unread}</span>}
            </Link>
            <Link href="/account" className="meta" title={user.email}>
              {user.name} · {JOB_ROLE_LABEL[user.jobRole]} · {user.role}
            </Link>
            <SignOutButton />
          </>
        )}
      </div>
    </header>
  );
}
