import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentHeader } from '@/components/document-header';
import { JOB_ROLE_LABEL } from '@/components/job-role';
import { RelativeDate } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument, renderedRevision } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { orNotFound } from '@/lib/pages/or-not-found';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ space: string; slug: string; version: string }> };

export async function generateMetadata({ params }: TProps) {
  return { title: `Version ${(await params).version}` };
}

export default async function RevisionPage({ params }: TProps) {
  const user = await currentUser();
  const { space, slug, version: raw } = await params;
  const version = Number(raw);
  if (!Number.isSafeInteger(version) || version < 1) notFound();
  const doc = await orNotFound(getDocument(user, space, slug));
  const rev = await orNotFound(renderedRevision(user, doc, version));
  const path = documentPath(doc.project?.slug, doc.slug);
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">{rev.title}</h1>
        <div className="alert info" role="status">
          You are reading version {version} of {doc.version}, saved by {rev.author} ({JOB_ROLE_LABEL[rev.authorJobRole]}){' '}
          <RelativeDate date={rev.createdAt} />
          {rev.message ? ` — “${rev.message}”` : ''}.{' '}
          {version === doc.version ? 'This is the current version.' : <Link href={path}>Read the current version</Link>} ·{' '}
          <Link href={`${path}/history`}>All versions</Link>
        </div>
      </DocumentHeader>
      <div className="prose" dangerouslySetInnerHTML={{ __html: rev.html }} />
    </>
  );
}
