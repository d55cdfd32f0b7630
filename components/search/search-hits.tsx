import Link from 'next/link';
import { RelativeDate } from '@/components/relative-date';
import { KIND_INFO } from '@/lib/kinds/kinds';
import type { TSearchHit } from '@/lib/search/contract';

const RECORD_LABEL = { decision: 'Decision', lesson: 'Lesson' } as const;

/**
 * Search results: title to the section the match is in (or the decision or lesson, badged),
 * kind and project, a highlighted snippet.
 */
export function SearchHits({ hits }: { hits: TSearchHit[] }) {
  return (
    <ol className="search-hits" data-testid="search-hits">
      {hits.map((h) => (
        <li key={h.id}>
          <Link className="title" href={h.anchor ? `${h.path}#${h.anchor}` : h.path}>
            {h.title}
          </Link>
          <div className="meta">
            {h.record !== 'document' && (
              <span className="badge record" data-testid="hit-record">
                {RECORD_LABEL[h.record]}
              </span>
            )}
            <span className="badge">{KIND_INFO[h.kind].label}</span>
            {h.draft && <span className="badge draft">Draft</span>}
            {h.project && <span>{h.project.name}</span>}
            {h.heading && (
              <span>
                {h.record === 'document' ? '§ ' : ''}
                {h.heading}
              </span>
            )}
            <span>
              updated <RelativeDate date={new Date(h.updatedAt)} />
            </span>
          </div>
          {/* Escaped text with <mark> around matches only (lib/search/snippet.ts). */}
          {h.snippet && <p className="snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />}
        </li>
      ))}
    </ol>
  );
}
