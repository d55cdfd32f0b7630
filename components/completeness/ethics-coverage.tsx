import Link from 'next/link';
import type { TDocumentSummary } from '@/lib/documents/list-documents';

/** How many of a project's documents that carry an ethics-and-bias item have it covered. */
export function EthicsCoverage({ documents }: { documents: TDocumentSummary[] }) {
  // Published pages only: a draft's gaps are work in progress, not the project's record.
  const relevant = documents.filter((d) => d.ethicsCovered !== null && d.status === 'published');
  if (relevant.length === 0) return null;
  const covered = relevant.filter((d) => d.ethicsCovered);
  const missing = relevant.filter((d) => !d.ethicsCovered);
  return (
    <section className="card" aria-labelledby="ethics-coverage" data-testid="ethics-coverage" style={{ marginTop: 16 }}>
      <h2 id="ethics-coverage" className="section-title">
        Ethics and bias: {covered.length} of {relevant.length} documents cover it
      </h2>
      <meter min={0} max={relevant.length} value={covered.length} style={{ width: '100%' }} />
      {missing.length > 0 && (
        <p className="meta">
          Missing in:{' '}
          {missing.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <Link href={d.path}>{d.title}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
