import 'server-only';
// Which recorded decisions a later decision supersedes, for the decision log: a decision whose
// "supersedes" names a page and the earlier decision's words marks that decision (words compared
// trimmed, in any case), as far as the reader may read the later one.
import type { TActor } from '@/lib/policies/can';
import { supersedesWords } from './field-relations';
import { incomingRelations, type TPageRef } from './list-relations';

type TPage = { id: string; slug: string; title: string; project: { slug: string } | null };
export type TSupersededBy = { decision: string; page: TPageRef };

const norm = (s: string) => s.trim().toLowerCase();
export const supersededKey = (documentId: string, decision: string) => `${documentId}\u001f${norm(decision)}`;

export async function supersededDecisions(actor: TActor, pages: TPage[]): Promise<Map<string, TSupersededBy>> {
  const out = new Map<string, TSupersededBy>();
  for (const r of await incomingRelations(actor, pages)) {
    if (r.type !== 'supersedes') continue;
    const { earlier, later } = supersedesWords(r.detail);
    out.set(supersededKey(r.targetId, earlier), { decision: later, page: r.source });
  }
  return out;
}
