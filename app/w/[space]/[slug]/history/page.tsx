import Link from 'next/link';
import { DocumentHeader } from '@/components/document-header';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { RelativeDate } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument } from '@/lib/documents/get-document';
import { listRevisions } from '@/lib/documents/list-revisions';
import { documentPath } from '@/lib/documents/paths';
import { orNotFound } from '@/lib/pages/or-not-found';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'History' };

type TProps = { params: Promise<{ space: string; slug: string }> };

export default async function HistoryPage({ params }: TProps) {
  const user = await currentUser();
  const { space, slug } = await params;
  const doc = await orNotFound(getDocument(user, space, slug));
  const revisions = await listRevisions(doc);
  const path = documentPath(doc.project?.slug, doc.slug);
  const defaultFrom = Math.max(1, doc.version - 1);
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">History of “{doc.title}”</h1>
        <p className="meta">Every saved version, newest first. Older versions are kept as they were.</p>
      </DocumentHeader>
      <form method="get" action={`${path}/history/compare`} data-testid="history-compare">
        {revisions.length > 1 && (
          <p className="actions">
            <button type="submit" className="button secondary">
              Compare selected versions
            </button>
            <span className="meta">Pick “from” and “to” in the first two columns.</span>
          </p>
        )}
        <table className="history">
          <thead>
            <tr>
              <th>From</th>
              <th>To</th>
              <th>Version</th>
              <th>Title</th>
              <th>Author</th>
              <th>Saved</th>
              <th>Message</th>
              <th>
                <span className="sr-only">Compare with the version before</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.version}>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={r.version}
                    defaultChecked={r.version === defaultFrom}
                    aria-label={`Compare from version ${r.version}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={r.version}
                    defaultChecked={r.version === doc.version}
                    aria-label={`Compare to version ${r.version}`}
                  />
                </td>
                <td>
                  <Link href={`${path}/history/${r.version}`}>v{r.version}</Link>
                  {r.version === doc.version && (
                    <span className="badge" style={{ marginLeft: 6 }}>
                      current
                    </span>
                  )}
                </td>
                <td>{r.title}</td>
                <td>
                  {r.author} <span className="meta">· {JOB_ROLE_LABEL[r.authorJobRole]}</span>
                </td>
                <td>
                  <RelativeDate date={r.createdAt} />
                </td>
                <td>{r.message || <span className="meta">—</span>}</td>
                <td>{r.version > 1 && <Link href={`${path}/history/compare?from=${r.version - 1}&to=${r.version}`}>changes</Link>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </form>
    </>
  );
}
