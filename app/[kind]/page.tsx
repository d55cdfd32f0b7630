import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/document-list';
import { currentUser } from '@/lib/auth/current-user';
import { listDocuments } from '@/lib/documents/list-documents';
import { KIND_INFO, kindFromSegment } from '@/lib/kinds/kinds';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: TProps) {
  const kind = kindFromSegment((await params).kind);
  return { title: kind ? KIND_INFO[kind].plural : 'Not found' };
}

export default async function KindPage({ params }: TProps) {
  const kind = kindFromSegment((await params).kind);
  if (!kind) notFound();
  const documents = await listDocuments(await currentUser(), { kind, take: 500 });
  const info = KIND_INFO[kind];
  return (
    <>
      <h1 className="page-title">{info.plural}</h1>
      <p className="lede">{info.blurb}</p>
      <div className="card">
        <DocumentList documents={documents} showKind={false} empty={`No ${info.plural.toLowerCase()} yet.`} />
      </div>
    </>
  );
}
