import 'server-only';
// What depends on a model card or a dataset, for the reader: the pages that relate to it directly
// (grouped by relation), and for a dataset, what relates to the models trained or evaluated on
// it; then the decisions and open action items those pages hold. Pages due for review (or a model
// card due for its monitoring review) are flagged, as a change here may have made them wrong.
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import { incomingRelations, type TIncoming } from './list-relations';
import type { TRelationType } from './relation-types';

type TPage = { id: string; slug: string; title: string; project: { slug: string } | null };

export type TImpactItem = {
  id: string;
  title: string;
  path: string;
  kind: string;
  version: string;
  via: string | null;
  needsReview: boolean;
};
export type TImpactGroup = { type: TRelationType; through: boolean; items: TImpactItem[] };

export async function impactOf(actor: TActor, doc: TPage, now = new Date()) {
  const direct = (await incomingRelations(actor, [doc])).filter((r) => r.source.id !== doc.id);
  const models = uniqueSources(direct.filter((r) => r.source.kind === 'model_card'));
  const through = models.length
    ? (await incomingRelations(actor, models)).filter((r) => r.source.id !== doc.id && r.source.id !== r.targetId)
    : [];
  const ids = [...new Set([...direct, ...through].map((r) => r.source.id))];
  const [due, decisions, actionItems] = await Promise.all([
    db.document.findMany({
      where: { id: { in: ids }, OR: [{ reviewBy: { lte: now } }, { monitoringReviewBy: { lte: now } }] },
      select: { id: true },
    }),
    db.decision.findMany({
      where: { documentId: { in: ids } },
      orderBy: { decidedOn: 'desc' },
      take: 200,
      select: { id: true, decision: true, decidedBy: true, decidedOn: true, modelVersion: true, documentId: true },
    }),
    db.actionItem.findMany({
      where: { documentId: { in: ids }, status: 'open' },
      orderBy: [{ due: { sort: 'asc', nulls: 'last' } }],
      take: 200,
      select: { id: true, action: true, owner: true, due: true, documentId: true },
    }),
  ]);
  const needsReview = new Set(due.map((d) => d.id));
  const modelTitle = new Map(models.map((m) => [m.id, m.title]));
  const item = (r: TIncoming, via: string | null): TImpactItem => ({
    id: r.source.id,
    title: r.source.title,
    path: r.source.path,
    kind: r.source.kind,
    version: r.version,
    via,
    needsReview: needsReview.has(r.source.id),
  });
  const groups: TImpactGroup[] = [];
  const push = (rows: TIncoming[], isThrough: boolean) => {
    for (const r of rows) {
      let group = groups.find((g) => g.type === r.type && g.through === isThrough);
      if (!group) groups.push((group = { type: r.type, through: isThrough, items: [] }));
      group.items.push(item(r, isThrough ? (modelTitle.get(r.targetId) ?? null) : null));
    }
  };
  push(direct, false);
  push(through, true);
  const pageOf = new Map([...direct, ...through].map((r) => [r.source.id, { title: r.source.title, path: r.source.path }]));
  return {
    groups,
    decisions: decisions.map((d) => ({ ...d, page: pageOf.get(d.documentId)! })),
    actionItems: actionItems.map((a) => ({ ...a, page: pageOf.get(a.documentId)! })),
    needsReview: needsReview.size,
  };
}

function uniqueSources(rows: TIncoming[]) {
  const seen = new Map<string, TIncoming['source']>();
  for (const r of rows) seen.set(r.source.id, r.source);
  return [...seen.values()];
}
