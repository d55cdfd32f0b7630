import type { TSimilarItem } from '@/lib/similar/similar-work';

const TYPE_LABEL: Record<TSimilarItem['type'], string> = { page: 'Page', lesson: 'Lesson', decision: 'Decision' };

/** Similar pages, lessons and decisions, each with where it is and why it matched. */
export function SimilarList({ items }: { items: TSimilarItem[] }) {
  return (
    <ul className="doc-list" data-testid="similar-items">
      {items.map((item) => (
        <li key={item.key} data-testid="similar-item">
          <span className="badge">{TYPE_LABEL[item.type]}</span> <a href={item.path}>{item.text}</a>
          {item.type !== 'page' && <span className="meta"> · {item.page}</span>}
          {item.project && <span className="meta"> · {item.project}</span>}
          {item.why.length > 0 && <div className="meta">Why: {item.why.join('; ')}</div>}
        </li>
      ))}
    </ul>
  );
}
