import { DocumentHeader } from '@/components/document-header';
import { DocumentEditor } from '@/components/editor/document-editor';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument, getDocumentSource } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { orNotFound } from '@/lib/pages/or-not-found';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ space: string; slug: string }> };

export async function generateMetadata({ params }: TProps) {
  return { title: `Edit ${(await params).slug}` };
}

export default async function EditPage({ params }: TProps) {
  await currentUser();
  const { space, slug } = await params;
  const doc = await orNotFound(getDocument(space, slug));
  const body = await orNotFound(getDocumentSource(doc.id));
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">Editing “{doc.title}”</h1>
        <p className="meta">You are editing version {doc.version}. If someone saves first, you will see their changes before anything is overwritten.</p>
      </DocumentHeader>
      <DocumentEditor
        mode="edit"
        id={doc.id}
        path={documentPath(doc.project?.slug, doc.slug)}
        projectSlug={doc.project?.slug ?? null}
        initial={{ version: doc.version, title: doc.title, body, tags: doc.tags, status: doc.status }}
      />
    </>
  );
}
