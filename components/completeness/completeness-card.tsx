import { checklist } from '@/lib/completeness/rules';
import type { TKind } from '@/lib/kinds/kinds';

/** What this kind of document must contain, ticked off, with the score. */
export function CompletenessCard({ kind, score, missing }: { kind: TKind; score: number | null; missing: string[] }) {
  if (score === null) return null;
  const items = checklist(kind, missing);
  return (
    <section className="card" aria-labelledby="completeness-title" data-testid="completeness-card">
      <h2 id="completeness-title" className="section-title">
        Completeness · {score}%
      </h2>
      <meter min={0} max={100} value={score} style={{ width: '100%' }} aria-label={`${score}% complete`} />
      <ul className="checklist">
        {items.map((c) => (
          <li key={c.id} className={c.done ? 'done' : 'missing'}>
            <span aria-hidden="true">{c.done ? '✓' : '○'}</span> {c.label}
            {c.ethics && <span className="muted"> · ethics</span>}
            <span className="sr-only">{c.done ? ' (done)' : ' (missing)'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
