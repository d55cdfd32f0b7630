import 'server-only';
import type { TTransaction } from '@/lib/db/client';

/**
 * Asks for these documents to be (re)indexed. Called inside the transaction that changes them,
 * so a change is never saved without its outbox row, nor the other way round.
 */
export async function enqueueIndexing(tx: TTransaction, documentIds: string[]) {
  if (documentIds.length === 0) return;
  await tx.searchOutbox.createMany({ data: documentIds.map((documentId) => ({ documentId })) });
}

/** Queues every live document of a project: who may read them changed (members, visibility). */
export async function enqueueProjectIndexing(tx: TTransaction, projectId: string) {
  await tx.$executeRaw`INSERT INTO "SearchOutbox" ("documentId") SELECT id FROM "Document" WHERE "projectId" = ${projectId} AND "deletedAt" IS NULL`;
}

/** Queues every live document a user owns: the owner's job role is a search facet. */
export async function enqueueOwnerIndexing(tx: TTransaction, ownerId: string) {
  await tx.$executeRaw`INSERT INTO "SearchOutbox" ("documentId") SELECT id FROM "Document" WHERE "ownerId" = ${ownerId} AND "deletedAt" IS NULL`;
}
