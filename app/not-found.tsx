import Link from 'next/link';
import { RecentPages } from '@/components/not-found/recent-pages';

// A 404 that helps: search from here, or pick up one of the pages changed lately (only pages the
// reader may read, as everywhere: GET /api/documents applies the read rule).
// No data is loaded here: Next renders this page into every page's payload.
export default function NotFoundPage() {
  return (
    <div className="card not-found">
      <h1 className="page-title">Page not found</h1>
      <p>
        Nothing you can read lives at this address. It may have been moved or deleted, belong to a project you are not a member of, or the
        link has a typo.
      </p>
      <form action="/search" role="search" className="search-form" aria-label="Search the wiki">
        <input name="q" type="search" placeholder="Search the wiki" aria-label="Search the wiki" />
        <button type="submit">Search</button>
      </form>
      <RecentPages />
      <p>
        <Link href="/">Go to the home page</Link> or <Link href="/new">start a new document</Link>.
      </p>
    </div>
  );
}
