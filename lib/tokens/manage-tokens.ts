import 'server-only';
// A person's access tokens: made (shown once), listed, revoked. Every change is audited.
import { z } from 'zod';
import { recordEvent } from '@/lib/audit/record-event';
import { db, type TTransaction } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { Invalid, NotFound } from '@/lib/errors';
import type { TActor } from '@/lib/policies/can';
import { storable } from '@/lib/validation/text';
import { SCOPES } from './scopes';
import { newToken } from './token-format';

const DAY = 24 * 3600 * 1000;
/** Live (unrevoked, unexpired) tokens a person may hold at once. */
const MAX_LIVE_TOKENS = 50;

export const ZCreateToken = z.object({
  name: storable(z.string().trim().min(1, 'Name the token after what uses it').max(100, 'At most 100 characters')),
  scopes: z
    .array(z.enum(SCOPES, { message: `Scopes are ${SCOPES.join(', ')}` }))
    .min(1, 'Choose at least one scope')
    .max(SCOPES.length)
    .transform((s) => [...new Set(s)]),
  expiresInDays: z.number().int().min(1, 'At least 1 day').max(365, 'At most a year (365 days)').default(90),
});

/** A token as the pages list it (dates as ISO text, ready for the browser). */
export type TTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revokedAt: string | null;
  expired: boolean;
};

/**
 * Stores a new token for `userId` and audits it in the caller's transaction; the answer holds
 * the token itself, the only time it leaves the server. `what` names it for the audit log.
 */
export async function storeToken(
  tx: TTransaction,
  { actorId, userId, input, what }: { actorId: string; userId: string; input: z.output<typeof ZCreateToken>; what: string },
) {
  const { token, prefix, hash } = newToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY);
  const row = await tx.apiToken.create({
    data: { userId, name: input.name, prefix, hash, scopes: input.scopes, expiresAt },
    select: { id: true },
  });
  await recordEvent(tx, {
    actorId,
    action: 'token.create',
    targetType: 'token',
    targetId: row.id,
    summary: `Made ${what} (${prefix}…, ${input.scopes.join(', ')}, expires ${expiresAt.toISOString().slice(0, 10)})`,
  });
  return { id: row.id, token, prefix, scopes: input.scopes, expiresAt };
}

/** Live (unrevoked, unexpired) tokens among `where`. */
export function countLiveTokens(tx: TTransaction, where: Prisma.ApiTokenWhereInput) {
  return tx.apiToken.count({ where: { ...where, revokedAt: null, expiresAt: { gt: new Date() } } });
}

export async function createToken(user: TActor, input: z.output<typeof ZCreateToken>) {
  if (input.scopes.includes('admin') && user.role !== 'admin') {
    throw new Invalid('Only admins can make tokens with the admin scope.', { scopes: 'The admin scope is for admins' });
  }
  return db.$transaction(async (tx) => {
    const live = await countLiveTokens(tx, { userId: user.id });
    if (live >= MAX_LIVE_TOKENS)
      throw new Invalid(`You have ${live} live tokens; revoke one you no longer use first.`, { name: 'Too many tokens' });
    return storeToken(tx, { actorId: user.id, userId: user.id, input, what: `the access token “${input.name}”` });
  });
}

/** Tokens among `where`, live ones first, newest first. */
export async function listTokens(where: Prisma.ApiTokenWhereInput): Promise<TTokenSummary[]> {
  const now = Date.now();
  const rows = await db.apiToken.findMany({
    where,
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take: 200,
    select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, lastUsedAt: true, lastUsedIp: true, revokedAt: true },
  });
  return rows.map((t) => ({
    ...t,
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    expired: t.expiresAt.getTime() <= now,
  }));
}

/** Revokes one of the person's own tokens, or (admins) any token; someone else's is missing, 404. */
export async function revokeToken(user: TActor, id: string) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: user.role === 'admin' && !user.confinedTo ? { id } : { id, userId: user.id },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new NotFound('You have no token with this id.');
    if (token.revokedAt) return { id, revokedAt: token.revokedAt };
    const { revokedAt } = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: { revokedAt: true } });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'token.revoke',
      targetType: 'token',
      targetId: id,
      summary: `Revoked the access token “${token.name}” (${token.prefix}…)`,
    });
    return { id, revokedAt };
  });
}
