import 'server-only';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { can, type TActor, type TScope } from '@/lib/policies/can';
import type { TReadable } from '@/lib/policies/readable';

export type TItemMark = { assignee: string | null; mayMark: boolean };

/** For each action item of a retrospective, by position: who it is assigned to, and whether the reader may tick it off. */
export async function itemMarks(actor: TActor, doc: TReadable<{ id: string; scope: TScope }>): Promise<TItemMark[]> {
  const rows = await readRows<{ position: number; assigneeId: string | null; assignee: string | null }>(Prisma.sql`
    SELECT i.position, i."assigneeId", u.name AS assignee FROM "ActionItem" i LEFT JOIN "User" u ON u.id = i."assigneeId"
    WHERE i."documentId" = ${doc.id} ORDER BY i.position`);
  const out: TItemMark[] = [];
  for (const r of rows) {
    out[r.position] = {
      assignee: r.assignee,
      mayMark: can(actor, 'complete-action-item', { ...doc.scope, ownerId: r.assigneeId ?? undefined }),
    };
  }
  return out;
}
