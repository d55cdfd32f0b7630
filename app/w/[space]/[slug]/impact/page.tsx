import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentHeader } from '@/components/document-header';
import { formatDay } from '@/components/relative-date';
import { currentUser } from '@/lib/auth/current-user';
import { getDocument } from '@/lib/documents/get-document';
import { documentPath } from '@/lib/documents/paths';
import { KIND_INFO, type TKind } from '@/lib/kinds/kinds';
import { orNotFound } from '@/lib/pages/or-not-found';
import { impactOf, type TImpactGroup } from '@/lib/relations/impact';
import { RELATION_WORDS } from '@/lib/relations/relation-types';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Impact' };

type TProps = { params: Promise<{ space: string; slug: string }> };

const kindLabel = (kind: string) => KIND_INFO[kind as TKind]?.label ?? kind;
const heading = (g: TImpactGroup) => (g.through ? `${RELATION_WORDS[g.type].in}, through the models` : RELATION_WORDS[g.type].in);

/** Everything that depends on a model card or a dataset, grouped by relation, with what needs review flagged. */
export default async function ImpactPage({ params }: TProps) {
  const user = await currentUser();
  const { space, slug } = await params;
  const doc = await orNotFound(getDocument(user, space, slug));
  if (doc.kind !== 'model_card' && doc.kind !== 'dataset') notFound();
  const impact = await impactOf(user, doc);
  const path = documentPath(doc.project?.slug, doc.slug);
  return (
    <>
      <DocumentHeader doc={doc}>
        <h1 className="page-title">What depends on “{doc.title}”</h1>
        <p className="meta">
          Before changing this {KIND_INFO[doc.kind].label.toLowerCase()}, check the pages below: they relate to it, directly or through the
          models built on it. <Link href={path}>Back to the page</Link>
        </p>
      </DocumentHeader>
      {impact.groups.length === 0 ? (
        <p className="empty">
          Nothing depends on it yet. Model cards name their datasets in their fields; runbooks and retrospectives name their models, or
          write [[operates::{doc.title}]] in their text.
        </p>
      ) : (
        <>
          {impact.needsReview > 0 && (
            <p className="alert" role="status">
              {impact.needsReview} of these pages {impact.needsReview === 1 ? 'is' : 'are'} due for review.
            </p>
          )}
          {impact.groups.map((g) => (
            <section
              key={`${g.type}-${g.through}`}
              className="card"
              style={{ marginBottom: 12 }}
              aria-label={heading(g)}
              data-testid="impact-group"
            >
              <h2 className="section-title">{heading(g)}</h2>
              <ul className="doc-list">
                {g.items.map((item, i) => (
                  <li key={`${item.id}-${i}`}>
                    <Link href={item.path}>{item.title}</Link> <span className="meta">· {kindLabel(item.kind)}</span>
                    {item.version && <span className="meta"> · version {item.version}</span>}
                    {item.via && <span className="meta"> · through {item.via}</span>}
                    {item.needsReview && <span className="badge draft">needs review</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {impact.decisions.length > 0 && (
        <section className="card" style={{ marginBottom: 12 }} aria-labelledby="impact-decisions">
          <h2 id="impact-decisions" className="section-title">
            Decisions on these pages
          </h2>
          <ul className="doc-list">
            {impact.decisions.map((d) => (
              <li key={d.id}>
                {d.decision}{' '}
                <span className="meta">
                  · {d.decidedBy}, {formatDay(d.decidedOn)}
                </span>
                {d.modelVersion && <span className="meta"> · {d.modelVersion}</span>} · <Link href={d.page.path}>{d.page.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {impact.actionItems.length > 0 && (
        <section className="card" aria-labelledby="impact-actions">
          <h2 id="impact-actions" className="section-title">
            Open action items on these pages
          </h2>
          <ul className="doc-list">
            {impact.actionItems.map((a) => (
              <li key={a.id}>
                {a.action} <span className="meta">· {a.owner}</span>
                {a.due && <span className="meta"> · due {formatDay(a.due)}</span>} ·{' '}
                <Link href={`${a.page.path}#action-items`}>{a.page.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
