import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import type { TLoadedThread } from '@/lib/policies/loaders';
import type { ZResolveThread } from './schemas';

/** Resolves a thread (folded on the page) or opens it again. */
export async function resolveThread(actor: TActor, thread: TLoadedThread, input: z.output<typeof ZResolveThread>) {
  return db.$transaction(async (tx) => {
    await tx.commentThread.update({
      where: { id: thread.id },
      data: input.resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
      select: { id: true },
    });
    return { id: thread.id, resolved: input.resolved };
  });
}
