import Link from 'next/link';
import type { TDocumentPage } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { KIND_INFO } from '@/lib/kinds/kinds';

export function DocumentHeader({ doc, children }: { doc: TDocumentPage; children?: React.ReactNode }) {
  const kind = KIND_INFO[doc.kind];
  return (
    <header className="doc-head">
      <div className="breadcrumbs">
        {doc.project ? (
          <Link href={`/projects/${doc.project.slug}`}>{doc.project.name}</Link>
        ) : (
          <Link href={`/${kind.segment}`}>{kind.plural}</Link>
        )}{' '}
        / <Link href={documentPath(doc.project?.slug, doc.slug)}>{doc.title}</Link>
      </div>
      {children}
    </header>
  );
}
