import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentHeader } from '@/components/document-header';
import { DocumentActionButton } from '@/components/documents/document-action-button';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { KindCard } from '@/components/kinds/kind-card';
import { formatDay } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument, renderedRevision } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { revisionState } from '@/lib/documents/revision-state';
import { orNotFound } from '@/lib/pages/or-not-found';
import { can } from '@/lib/policies/can';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ space: string; slug: string; version: string }> };

export async function generateMetadata({ params }: TProps) {
  return { title: `Version ${(await params).version}` };
}

/** A version as it was: title, tags, status, owner, the structured card and the body. */
export default async function RevisionPage({ params }: TProps) {
  const user = await currentUser();
  const { space, slug, version: raw } = await params;
  const version = Number(raw);
  if (!Number.isSafeInteger(version) || version < 1) notFound();
  const doc = await orNotFound(getDocument(user, space, slug));
  const [rev, state] = await Promise.all([orNotFound(renderedRevision(user, doc, version)), orNotFound(revisionState(doc, version))]);
  const path = documentPath(doc.project?.slug, doc.slug);
  const current = version === doc.version;
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">{rev.title}</h1>
        <div className="alert info" role="status" data-testid="version-banner">
          You are reading version {version} of {doc.version}, saved by {rev.author} ({JOB_ROLE_LABEL[rev.authorJobRole]}) on{' '}
          {formatDay(rev.createdAt)}
          {rev.message ? ` — “${rev.message}”` : ''}.{' '}
          {current ? 'This is the current version.' : <Link href={path}>Read the current version</Link>} ·{' '}
          <Link href={`${path}/history`}>All versions</Link>
          {!current && (
            <>
              {' '}
              · <Link href={`${path}/history/compare?from=${version}&to=${doc.version}`}>Compare with the current version</Link>
            </>
          )}
        </div>
        {!current && can(user, 'update', doc.scope) && (
          <div className="actions">
            <DocumentActionButton
              label="Restore this version"
              url={`/api/documents/${doc.id}/versions/${version}/restore`}
              method="POST"
              body={{ baseVersion: doc.version }}
              confirmText={`Save version ${version} again as the newest version? Every version stays in the history.`}
            />
          </div>
        )}
      </DocumentHeader>
      {state.page ? (
        <dl className="facts card" data-testid="version-facts">
          <dt>Status</dt>
          <dd>{state.page.status === 'draft' ? 'Draft' : 'Published'}</dd>
          <dt>Tags</dt>
          <dd>{state.page.tags.length ? state.page.tags.join(', ') : '—'}</dd>
          <dt>Owner</dt>
          <dd>{state.page.owner ? `${state.page.owner.name} · ${JOB_ROLE_LABEL[state.page.owner.jobRole]}` : '—'}</dd>
        </dl>
      ) : (
        <p className="meta">Tags, status and owner were not kept with versions saved before 2 December 2026.</p>
      )}
      {state.fields !== null ? (
        <KindCard kind={doc.kind} fields={state.fields} project={doc.project?.slug ?? null} />
      ) : (
        <p className="meta">The structured fields were not kept with this version: it was saved before versions kept them.</p>
      )}
      <div className="prose" data-testid="document-body" dangerouslySetInnerHTML={{ __html: rev.html }} />
    </>
  );
}
