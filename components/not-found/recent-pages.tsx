'use client';
import { useEffect, useState } from 'react';

type TRecent = { id: string; title: string; path: string };

// The pages changed lately, for a 404. Asked for when the 404 is shown: Next renders the root
// not-found page into every page's payload (ready for a notFound() on the client), so a server
// query here ran on every page view (measured: one listing query per document page).
export function RecentPages() {
  const [recent, setRecent] = useState<TRecent[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/documents?limit=6', { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ items: TRecent[] }>) : { items: [] }))
      .then((body) => setRecent(body.items))
      .catch(() => {}); // signed out, offline or gone: the search box and links still help
    return () => controller.abort();
  }, []);
  if (recent.length === 0) return null;
  return (
    <nav aria-labelledby="recent-pages">
      <h2 id="recent-pages" className="section-title">
        Recently updated
      </h2>
      <ul>
        {recent.map((d) => (
          <li key={d.id}>
            <a href={d.path}>{d.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
