import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentList } from '@/components/document-list';
import { currentUser } from '@/lib/auth/current-user';
import { listDocuments } from '@/lib/documents/list-documents';
import { KIND_INFO, kindFromSegment } from '@/lib/kinds/kinds';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps) {
  const kind = kindFromSegment((await params).kind);
  return { title: kind ? KIND_INFO[kind].plural : 'Not found' };
}

export default async function KindPage({ params, searchParams }: TProps) {
  const kind = kindFromSegment((await params).kind);
  if (!kind) notFound();
  const query = await searchParams;
  const sort = query.sort === 'completeness' ? 'completeness' : 'recent';
  const incomplete = query.incomplete === '1';
  const applies = kind === 'practice' && typeof query.applies === 'string' ? query.applies.trim().toLowerCase().slice(0, 40) : '';
  const documents = await listDocuments(await currentUser(), { kind, take: 500, sort, incomplete, appliesTo: applies || undefined });
  const info = KIND_INFO[kind];
  const href = (next: { sort?: string; incomplete?: boolean; allApplies?: boolean }) => {
    const q = new URLSearchParams();
    if ((next.sort ?? sort) === 'completeness') q.set('sort', 'completeness');
    if (next.incomplete ?? incomplete) q.set('incomplete', '1');
    if (applies && !next.allApplies) q.set('applies', applies);
    const s = q.toString();
    return `/${info.segment}${s ? `?${s}` : ''}`;
  };
  return (
    <>
      <h1 className="page-title">{info.plural}</h1>
      <p className="lede">{info.blurb}</p>
      <nav className="meta" aria-label="Sort and filter" style={{ marginBottom: 12 }}>
        Sort:{' '}
        <Link href={href({ sort: 'recent' })} aria-current={sort === 'recent' ? 'page' : undefined}>
          recently updated
        </Link>{' '}
        ·{' '}
        <Link href={href({ sort: 'completeness' })} aria-current={sort === 'completeness' ? 'page' : undefined}>
          least complete first
        </Link>{' '}
        · <Link href={href({ incomplete: !incomplete })}>{incomplete ? 'show all' : 'only incomplete'}</Link>
        {applies && (
          <>
            {' '}
            · applies to <span className="tag">{applies}</span> <Link href={href({ allApplies: true })}>clear</Link>
          </>
        )}
      </nav>
      <div className="card">
        <DocumentList documents={documents} showKind={false} empty={`No ${info.plural.toLowerCase()} yet.`} />
      </div>
    </>
  );
}
