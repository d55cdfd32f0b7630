import type { TTocEntry } from '@/lib/markdown/rendered';

export function TableOfContents({ toc }: { toc: TTocEntry[] }) {
  const entries = toc.filter((t) => t.depth >= 2);
  if (entries.length === 0) return null;
  return (
    <nav className="card toc" aria-label="On this page">
      <h2 className="section-title">On this page</h2>
      <ul>
        {entries.map((t) => (
          <li key={t.id} className={`d${t.depth}`}>
            <a href={`#${t.id}`}>{t.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
