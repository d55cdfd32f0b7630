import Link from 'next/link';
import { DocumentActionButton } from '@/components/documents/document-action-button';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { RelativeDate } from '@/components/relative-date';
import { DocumentHeader } from '@/components/document-header';
import { KindCard } from '@/components/kinds/kind-card';
import { ReviewCard } from '@/components/reviews/review-card';
import { CompletenessCard } from '@/components/completeness/completeness-card';
import { CommentThreads } from '@/components/comments/comment-threads';
import { listThreads } from '@/lib/comments/list-threads';
import { watchState } from '@/lib/notifications/watch';
import { ActionButton } from '@/components/action-button';
import { TableOfContents } from '@/components/table-of-contents';
import { cardOutline } from '@/lib/kinds/card-outline';
import { lastVerification } from '@/lib/reviews/list-needs-review';
import { currentUser, sessionUser } from '@/lib/auth/current-user';
import { getDocument, renderedRevision } from '@/lib/documents/get-document';
import { listBacklinks } from '@/lib/documents/list-backlinks';
import { documentPath } from '@/lib/documents/paths';
import { KIND_INFO } from '@/lib/kinds/kinds';
import { orNotFound } from '@/lib/pages/or-not-found';
import { can } from '@/lib/policies/can';
import { itemMarks } from '@/lib/action-items/item-marks';
import { incomingRelations, outgoingRelations } from '@/lib/relations/list-relations';
import { RelationsCard } from '@/components/relations/relations-card';
import { RelatedCard } from '@/components/similar/related-card';
import { Suspense } from 'react';
import { MermaidDiagrams } from '@/components/markdown/mermaid-diagrams';
import { AttachmentsList } from '@/components/attachments/attachments-list';
import { listAttachments } from '@/lib/attachments/list-attachments';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ space: string; slug: string }> };

export async function generateMetadata({ params }: TProps) {
  const { space, slug } = await params;
  const user = await sessionUser();
  const doc = user ? await getDocument(user, space, slug).catch(() => null) : null;
  return { title: doc?.title ?? 'Not found' };
}

export default async function DocumentPage({ params }: TProps) {
  const user = await currentUser();
  const { space, slug } = await params;
  const doc = await orNotFound(getDocument(user, space, slug));
  const [page, backlinks, verified, threads, watching, marks, outgoing, incoming, files] = await Promise.all([
    renderedRevision(user, doc, doc.version),
    listBacklinks(user, doc),
    lastVerification(doc),
    listThreads(doc),
    watchState(user, doc.id, doc.project?.id ?? null),
    doc.kind === 'retrospective' ? itemMarks(user, doc) : [],
    outgoingRelations(user, doc),
    incomingRelations(user, [doc]),
    listAttachments(doc),
  ]);
  const hasImpact = doc.kind === 'model_card' || doc.kind === 'dataset';
  const path = documentPath(doc.project?.slug, doc.slug);
  return (
    <div className="doc-layout">
      <article>
        <DocumentHeader doc={doc}>
          <h1 className="page-title">{doc.title}</h1>
          <div className="meta">
            <span className="badge">{KIND_INFO[doc.kind].label}</span>
            {doc.status === 'draft' && <span className="badge draft">Draft</span>}
            <span>
              Version {doc.version} · updated <RelativeDate date={doc.updatedAt} />
            </span>
          </div>
          {doc.status === 'draft' && (
            <p className="alert info" data-testid="draft-notice">
              This page is a draft: only its owner and the people who may edit it see it, and it stays out of everyone else’s search, lists
              and notifications until it is published.
            </p>
          )}
          <div className="actions">
            {doc.status === 'draft' && can(user, 'update', doc.scope) && (
              <DocumentActionButton
                label="Publish"
                primary
                url={`/api/documents/${doc.id}/publish`}
                method="POST"
                body={{ version: doc.version }}
              />
            )}
            {can(user, 'update', doc.scope) && (
              <Link className={doc.status === 'draft' ? 'button' : 'button primary'} href={`${path}/edit`}>
                Edit
              </Link>
            )}
            <Link className="button" href={`${path}/history`}>
              History
            </Link>
            {hasImpact && (
              <Link className="button" href={`${path}/impact`}>
                Impact
              </Link>
            )}
            <a className="button" href={`/api/documents/${doc.id}/export`} download>
              Download .md
            </a>
            <ActionButton
              url={`/api/documents/${doc.id}/watch`}
              body={{ watching: !watching }}
              label={watching ? 'Stop watching' : 'Watch'}
            />
            {can(user, 'delete', doc.scope) && (
              <DocumentActionButton
                label="Delete"
                url={`/api/documents/${doc.id}`}
                method="DELETE"
                confirmText={`Delete “${doc.title}”? It moves to Deleted documents and can be restored.`}
                goTo="/deleted"
              />
            )}
          </div>
        </DocumentHeader>
        <KindCard
          kind={doc.kind}
          fields={doc.fields}
          project={doc.project?.slug ?? null}
          marks={{ documentId: doc.id, items: marks }}
          owner={doc.owner.name}
        />
        <div className="prose" data-testid="document-body" dangerouslySetInnerHTML={{ __html: page.html }} />
        <MermaidDiagrams within='[data-testid="document-body"]' />
        <AttachmentsList files={files} html={page.html} canRemove={can(user, 'attach', doc.scope)} />
        <CommentThreads
          user={user}
          documentId={doc.id}
          scope={doc.scope}
          threads={threads}
          sections={page.toc.filter((h) => h.depth <= 3).map((h) => ({ id: h.id, text: h.text }))}
        />
      </article>
      <aside className="doc-aside">
        <div className="card">
          <dl className="facts">
            <dt>Kind</dt>
            <dd>{KIND_INFO[doc.kind].label}</dd>
            <dt>Project</dt>
            <dd>{doc.project ? <Link href={`/projects/${doc.project.slug}`}>{doc.project.name}</Link> : '—'}</dd>
            <dt>Owner</dt>
            <dd>
              {doc.owner.name} <span className="meta">· {JOB_ROLE_LABEL[doc.owner.jobRole]}</span>
            </dd>
            <dt>Updated</dt>
            <dd>
              <RelativeDate date={doc.updatedAt} />
            </dd>
            <dt>Tags</dt>
            <dd>
              {doc.tags.length
                ? doc.tags.map((t) => (
                    <span key={t} className="tag">
                      {t}
                    </span>
                  ))
                : '—'}
            </dd>
          </dl>
        </div>
        <CompletenessCard kind={doc.kind} score={doc.completeness} missing={doc.missingItems} />
        <ReviewCard id={doc.id} version={doc.version} reviewBy={doc.reviewBy} last={verified} canVerify={can(user, 'update', doc.scope)} />
        <RelationsCard outgoing={outgoing} incoming={incoming} />
        <Suspense fallback={null}>
          <RelatedCard actor={user} page={doc} headings={page.toc} />
        </Suspense>
        <TableOfContents toc={page.toc} card={cardOutline(doc.kind, doc.fields)} />
        <section className="card" aria-labelledby="linked-from">
          <h2 id="linked-from" className="section-title">
            Linked from
          </h2>
          {backlinks.length === 0 ? (
            <p className="meta">No other page links here yet.</p>
          ) : (
            <ul className="doc-list">
              {backlinks.map((b) => (
                <li key={b.path}>
                  <Link href={b.path}>{b.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}
