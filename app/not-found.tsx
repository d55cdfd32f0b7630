import Link from 'next/link';
import { sessionUser } from '@/lib/auth/current-user';
import { listDocuments } from '@/lib/documents/list-documents';

// A 404 that helps: search from here, or pick up one of the pages changed lately (only pages the
// reader may read, as everywhere).
export default async function NotFoundPage() {
  const user = await sessionUser();
  const recent = user ? await listDocuments(user, { take: 6 }) : [];
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
      {recent.length > 0 && (
        <nav aria-labelledby="recent-pages">
          <h2 id="recent-pages" className="section-title">
            Recently updated
          </h2>
          <ul>
            {recent.map((d) => (
              <li key={d.id}>
                <Link href={d.path}>{d.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <Link href="/">Go to the home page</Link> or <Link href="/new">start a new document</Link>.
      </p>
    </div>
  );
}
