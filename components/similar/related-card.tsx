import type { TActor } from '@/lib/policies/can';
import { similarWork } from '@/lib/similar/similar-work';
import type { TKind } from '@/lib/kinds/kinds';
import { SimilarList } from './similar-list';

type TPage = {
  id: string;
  kind: TKind;
  title: string;
  tags: string[];
  fields: unknown;
  project: { slug: string } | null;
};

/**
 * "Related" beside a page: similar work from other projects, from the page's title, headings,
 * tags and fields. Rendered inside a Suspense boundary, so the page is sent without waiting for it.
 */
export async function RelatedCard({ actor, page, headings }: { actor: TActor; page: TPage; headings: { depth: number; text: string }[] }) {
  const related = await similarWork(actor, {
    kind: page.kind,
    title: page.title,
    body: headings.map((h) => `${'#'.repeat(h.depth)} ${h.text}`).join('\n'),
    tags: page.tags,
    fields: page.fields,
    projectSlug: page.project?.slug ?? null,
    documentId: page.id,
  });
  if (related.length === 0) return null;
  return (
    <section className="card" aria-labelledby="related">
      <h2 id="related" className="section-title">
        Related
      </h2>
      <SimilarList items={related.slice(0, 6)} />
    </section>
  );
}
