import 'server-only';
import { db } from '@/lib/db/client';
import { can, type TActor, type TScope } from '@/lib/policies/can';
import type { TReadable } from '@/lib/policies/readable';

export type TItemMark = { assignee: string | null; mayMark: boolean };

/** For each action item of a retrospective, by position: who it is assigned to, and whether the reader may tick it off. */
export async function itemMarks(actor: TActor, doc: TReadable<{ id: string; scope: TScope }>): Promise<TItemMark[]> {
  const rows = await db.actionItem.findMany({
    where: { documentId: doc.id },
    orderBy: { position: 'asc' },
    select: { position: true, assigneeId: true, assignee: { select: { name: true } } },
  });
  const out: TItemMark[] = [];
  for (const r of rows) {
    out[r.position] = {
      assignee: r.assignee?.name ?? null,
      mayMark: can(actor, 'complete-action-item', { ...doc.scope, ownerId: r.assigneeId ?? undefined }),
    };
  }
  return out;
}
