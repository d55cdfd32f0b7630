import 'server-only';
// An action item given to someone, told to them in the transaction of the version that did it
// (never when they gave it to themselves).
import type { TTransaction } from '@/lib/db/client';
import { documentPath } from '@/lib/documents/paths';
import { notify } from './notify';

type TAssigned = { action: string; due: Date | null; assigneeId: string };

export async function noticeAssigned(tx: TTransaction, actorId: string, documentId: string, items: TAssigned[]) {
  if (items.length === 0) return;
  const [doc, actor] = await Promise.all([
    tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { slug: true, project: { select: { id: true, slug: true } } } }),
    tx.user.findUnique({ where: { id: actorId }, select: { name: true } }),
  ]);
  const path = `${documentPath(doc.project?.slug, doc.slug)}#action-items`;
  for (const item of items) {
    const data = { by: actor?.name ?? 'Hindsight', action: item.action, due: item.due?.toISOString().slice(0, 10) ?? null, path };
    await notify(tx, { id: documentId, project: doc.project }, [item.assigneeId], { type: 'action_assigned', data }, actorId);
  }
}
