import { DocumentActionButton } from '@/components/documents/document-action-button';
import { RelativeDate } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { listDeleted } from '@/lib/documents/list-deleted';
import { KIND_INFO } from '@/lib/kinds/kinds';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Deleted documents' };

export default async function DeletedPage() {
  const docs = await listDeleted(await currentUser());
  return (
    <>
      <h1 className="page-title">Deleted documents</h1>
      <p className="lede">Documents you may restore. Their whole history is kept.</p>
      {docs.length === 0 ? (
        <p className="empty">Nothing you can restore has been deleted.</p>
      ) : (
        <div className="card">
          <ul className="doc-list">
            {docs.map((d) => (
              <li key={d.id} data-testid={`deleted-${d.title}`}>
                <span className="title">{d.title}</span>
                <div className="meta">
                  <span className="badge">{KIND_INFO[d.kind].label}</span>
                  {d.project && <span>{d.project.name}</span>}
                  <span>
                    deleted <RelativeDate date={d.deletedAt} />
                  </span>
                  <DocumentActionButton label="Restore" url={`/api/documents/${d.id}/restore`} method="POST" />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
