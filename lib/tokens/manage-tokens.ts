import 'server-only';
// A person's access tokens: made (shown once), listed, revoked. Every change is audited.
import { z } from 'zod';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
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

export type TTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  expired: boolean;
};

export async function createToken(user: TActor, input: z.output<typeof ZCreateToken>) {
  if (input.scopes.includes('admin') && user.role !== 'admin') {
    throw new Invalid('Only admins can make tokens with the admin scope.', { scopes: 'The admin scope is for admins' });
  }
  const { token, prefix, hash } = newToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY);
  return db.$transaction(async (tx) => {
    const live = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } } });
    if (live >= MAX_LIVE_TOKENS)
      throw new Invalid(`You have ${live} live tokens; revoke one you no longer use first.`, { name: 'Too many tokens' });
    const row = await tx.apiToken.create({
      data: { userId: user.id, name: input.name, prefix, hash, scopes: input.scopes, expiresAt },
      select: { id: true },
    });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'token.create',
      targetType: 'token',
      targetId: row.id,
      summary: `Made the access token “${input.name}” (${prefix}…, ${input.scopes.join(', ')}, expires ${expiresAt.toISOString().slice(0, 10)})`,
    });
    // The only time the token itself leaves the server.
    return { id: row.id, token, prefix, scopes: input.scopes, expiresAt };
  });
}

export async function listTokens(user: { id: string }): Promise<TTokenSummary[]> {
  const now = Date.now();
  const rows = await db.apiToken.findMany({
    where: { userId: user.id },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take: 200,
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      revokedAt: true,
    },
  });
  return rows.map((t) => ({ ...t, expired: t.expiresAt.getTime() <= now }));
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
