import 'server-only';
// Watching a page or a whole project, and stopping. Unwatching a page keeps a row saying so, so
// the next edit does not follow it again, and it wins over a watch on its project.
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TActor } from '@/lib/policies/can';

export const ZWatch = z.object({ watching: z.boolean() });

export async function setWatch(actor: TActor, target: { documentId: string } | { projectId: string }, watching: boolean) {
  return db.$transaction(async (tx) => {
    if ('documentId' in target) {
      await tx.watch.upsert({
        where: { userId_documentId: { userId: actor.id, documentId: target.documentId } },
        create: { userId: actor.id, documentId: target.documentId, watching },
        update: { watching },
        select: { id: true },
      });
    } else if (watching) {
      await tx.watch.upsert({
        where: { userId_projectId: { userId: actor.id, projectId: target.projectId } },
        create: { userId: actor.id, projectId: target.projectId, watching: true },
        update: { watching: true },
        select: { id: true },
      });
    } else {
      await tx.watch.deleteMany({ where: { userId: actor.id, projectId: target.projectId } });
    }
    return { watching };
  });
}

/** Whether the person hears about this page: its own watch, else its project's. */
export async function watchState(actor: TActor, documentId: string, projectId: string | null) {
  const rows = await readRows<{ documentId: string | null; watching: boolean }>(Prisma.sql`
    SELECT w."documentId", w.watching FROM "Watch" w
    WHERE w."userId" = ${actor.id} AND (w."documentId" = ${documentId} OR w."projectId" = ${projectId})`);
  const own = rows.find((r) => r.documentId);
  return own ? own.watching : rows.some((r) => r.watching);
}

export async function watchesProject(actor: TActor, projectId: string) {
  return (await db.watch.count({ where: { userId: actor.id, projectId, watching: true } })) > 0;
}
