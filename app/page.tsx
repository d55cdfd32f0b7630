import Link from 'next/link';
import { DocumentList } from '@/components/document-list';
import { ProjectCards } from '@/components/project-cards';
import { currentUser } from '@/lib/auth/current-user';
import { listDocuments } from '@/lib/documents/list-documents';
import { KIND_INFO } from '@/lib/kinds/kinds';
import { listProjects } from '@/lib/projects/list-projects';
import { listTurnedOff } from '@/lib/webhooks/webhook-log';
import { listActionItems } from '@/lib/structured/list-structured';
import { ActionItemsTable } from '@/components/action-items/action-items-table';

export const dynamic = 'force-dynamic';

const MY_ITEMS = 8;

export default async function HomePage() {
  const user = await currentUser();
  const [recent, projects, practices, turnedOff, mine] = await Promise.all([
    listDocuments(user, { take: 12 }),
    listProjects(user),
    listDocuments(user, { kind: 'practice', take: 8 }),
    listTurnedOff(user.id),
    listActionItems(user, { status: 'open', mine: '1' }, new Date(), MY_ITEMS),
  ]);
  return (
    <>
      {turnedOff.map((w) => (
        <div key={w.id} className="alert error" role="alert" data-testid="webhook-turned-off">
          Your webhook to <code>{w.url}</code> was turned off: {w.disabledReason} <Link href={`/webhooks/${w.id}`}>Open it</Link> to see its
          deliveries and turn it on again.
        </div>
      ))}
      <h1 className="page-title">What our ML team learned</h1>
      <p className="lede">Retrospectives, runbooks, model cards and the best practices they taught us — in one place, kept up to date.</p>
      {mine.length > 0 && (
        <section aria-labelledby="my-action-items" style={{ marginBottom: 24 }}>
          <h2 id="my-action-items" className="section-title">
            My action items
          </h2>
          <div className="card">
            <ActionItemsTable items={mine} showOwner={false} />
            {mine.length === MY_ITEMS && (
              <p>
                <Link href="/action-items?mine=1">All my action items →</Link>
              </p>
            )}
          </div>
        </section>
      )}
      <div className="grid-2">
        <section aria-labelledby="recent">
          <h2 id="recent" className="section-title">
            Recently updated
          </h2>
          <div className="card">
            <DocumentList documents={recent} empty="No documents yet. Start one with “New document”." />
          </div>
        </section>
        <aside>
          <section aria-labelledby="start-here">
            <h2 id="start-here" className="section-title">
              New here? Start with
            </h2>
            <div className="card">
              <DocumentList documents={practices} showKind={false} showProject={false} />
              <p>
                <Link href={`/${KIND_INFO.practice.segment}`}>All practices →</Link>
              </p>
            </div>
          </section>
          <section aria-labelledby="keep-up" style={{ marginTop: 24 }}>
            <h2 id="keep-up" className="section-title">
              Keeping it true
            </h2>
            <div className="card">
              <ul className="doc-list">
                <li>
                  <Link href="/needs-review">Needs review</Link> — pages overdue for their owner’s check
                </li>
                <li>
                  <Link href="/action-items?status=overdue">Overdue action items</Link> — promises retrospectives made
                </li>
                <li>
                  <Link href="/deleted">Deleted documents</Link> — restore what was removed
                </li>
              </ul>
            </div>
          </section>
        </aside>
      </div>
      <section aria-labelledby="projects" style={{ marginTop: 32 }}>
        <h2 id="projects" className="section-title">
          Projects
        </h2>
        <ProjectCards projects={projects} />
      </section>
    </>
  );
}
