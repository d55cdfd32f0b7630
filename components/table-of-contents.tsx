import type { TOutlineEntry } from '@/lib/kinds/card-outline';
import type { TTocEntry } from '@/lib/markdown/rendered';

/** "On this page": the card's sections (lib/kinds/card-outline.ts), then the body's headings. */
export function TableOfContents({ toc, card = [] }: { toc: TTocEntry[]; card?: TOutlineEntry[] }) {
  const entries = [...card.map((c) => ({ depth: 2, id: c.id, text: c.text })), ...toc.filter((t) => t.depth >= 2)];
  if (entries.length === 0) return null;
  return (
    <nav className="card toc" aria-label="On this page">
      <h2 className="section-title">On this page</h2>
      <ul>
        {entries.map((t, i) => (
          <li key={`${i}-${t.id}`} className={`d${t.depth}`}>
            <a href={`#${t.id}`}>{t.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
