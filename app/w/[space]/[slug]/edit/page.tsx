import { DocumentHeader } from '@/components/document-header';
import { EditDocumentForm } from '@/components/editor/edit-document-form';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument, getDocumentSource } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { orNotFound } from '@/lib/pages/or-not-found';
import { can } from '@/lib/policies/can';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ space: string; slug: string }> };

export async function generateMetadata({ params }: TProps) {
  return { title: `Edit ${(await params).slug}` };
}

export default async function EditPage({ params }: TProps) {
  const user = await currentUser();
  const { space, slug } = await params;
  const doc = await orNotFound(getDocument(user, space, slug));
  const path = documentPath(doc.project?.slug, doc.slug);
  if (!can(user, 'update', doc.scope)) {
    return (
      <div className="card" style={{ maxWidth: 560 }}>
        <h1 className="page-title">You can read this document but not edit it</h1>
        <p>Your role does not allow editing “{doc.title}”. Ask a project owner or an admin if you need to.</p>
        <p>
          <a href={path}>Back to the document</a>
        </p>
      </div>
    );
  }
  const body = await orNotFound(getDocumentSource(doc));
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">Editing “{doc.title}”</h1>
        <p className="meta">
          You are editing version {doc.version}. If someone saves first, you will see their changes before anything is overwritten.
        </p>
      </DocumentHeader>
      <EditDocumentForm
        id={doc.id}
        path={path}
        projectSlug={doc.project?.slug ?? null}
        kind={doc.kind}
        initial={{ version: doc.version, title: doc.title, body, tags: doc.tags, status: doc.status, fields: doc.fields }}
      />
    </>
  );
}
