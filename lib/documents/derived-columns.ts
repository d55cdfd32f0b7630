import 'server-only';
import { completeness } from '@/lib/completeness/rules';
import { readFields } from '@/lib/kinds/fields';
import { ZModelCardFields } from '@/lib/kinds/model-card';

type TDoc = Parameters<typeof completeness>[0];

/**
 * The columns computed from a document's content on every save, so lists can filter and sort by
 * them: completeness (score, ethics coverage, missing items) and a model card's next monitoring
 * review.
 */
export function derivedColumns(doc: TDoc) {
  const c = completeness(doc);
  const nextReview = doc.kind === 'model_card' ? readFields(ZModelCardFields, doc.fields).monitoring?.nextReview : undefined;
  return {
    completeness: c.score,
    ethicsCovered: c.ethicsCovered,
    missingItems: c.checks.filter((x) => !x.done).map((x) => x.id),
    monitoringReviewBy: nextReview ?? null,
  };
}
