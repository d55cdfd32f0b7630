import Link from 'next/link';
import type { TDocumentSummary } from '@/lib/documents/list-documents';
import { KIND_INFO } from '@/lib/kinds/kinds';
import { JOB_ROLE_LABEL } from './job-role';
import { RelativeDate } from './relative-date';

export function DocumentList({
  documents,
  showKind = true,
  showProject = true,
  empty = 'Nothing here yet.',
}: {
  documents: TDocumentSummary[];
  showKind?: boolean;
  showProject?: boolean;
  empty?: string;
}) {
  if (documents.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="doc-list">
      {documents.map((d) => (
        <li key={d.id}>
          <Link className="title" href={d.path}>
            {d.title}
          </Link>
          <div className="meta">
            {showKind && <span className="badge">{KIND_INFO[d.kind].label}</span>}
            {d.status === 'draft' && <span className="badge draft">Draft</span>}
            {/* Said only when something is missing: "100% complete" on every page is noise. */}
            {d.completeness !== null && d.completeness < 100 && (
              <span className="badge draft" title="Completeness">
                {d.completeness}% complete
              </span>
            )}
            {showProject && d.project && <Link href={`/projects/${d.project.slug}`}>{d.project.name}</Link>}
            <span>
              {d.owner} ({JOB_ROLE_LABEL[d.ownerJobRole]}) · updated <RelativeDate date={d.updatedAt} />
            </span>
            {d.tags.slice(0, 5).map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
