import Link from 'next/link';
import { readFields } from '@/lib/kinds/fields';
import { ZPracticeFields } from '@/lib/kinds/practice';
import { PageLink } from './card-parts';

/** A practice's summary, what it applies to and what to read next. */
export function PracticeView({ fields, project }: { fields: unknown; project: string | null }) {
  const f = readFields(ZPracticeFields, fields);
  if (!f.summary && f.appliesTo.length === 0 && f.related.length === 0) return null;
  return (
    <section className="prose structured" aria-label="Practice at a glance" data-testid="practice">
      {f.summary && <p className="lede">{f.summary}</p>}
      <dl className="facts card">
        <dt>Applies to</dt>
        <dd>
          {f.appliesTo.length
            ? f.appliesTo.map((t) => (
                <Link key={t} className="tag" href={`/practices?applies=${encodeURIComponent(t)}`}>
                  {t}
                </Link>
              ))
            : '—'}
        </dd>
        <dt>Related</dt>
        <dd>
          {f.related.length
            ? f.related.map((r, i) => (
                <span key={r}>
                  {i > 0 && ' · '}
                  <PageLink to={r} from={project} />
                </span>
              ))
            : '—'}
        </dd>
      </dl>
    </section>
  );
}
