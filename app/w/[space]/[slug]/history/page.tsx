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
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">History of “{doc.title}”</h1>
        <p className="meta">Every saved version, newest first. Older versions are kept as they were.</p>
      </DocumentHeader>
      <table className="history">
        <thead>
          <tr>
            <th>Version</th>
            <th>Title</th>
            <th>Author</th>
            <th>Saved</th>
            <th>Message</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.version}>
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
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
