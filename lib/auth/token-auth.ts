import 'server-only';
// The second way to authenticate, for /api/v1 only: `Authorization: Bearer hs_…`. The token's
// person must still be enabled; a revoked or expired token stops at once. Each request counts
// against the token's rate limit, and the token remembers when and from where it was last used.
import { db } from '@/lib/db/client';
import { bearerToken, hashToken } from '@/lib/tokens/token-format';
import type { TUser } from './current-user';
import { consumeTokenRequest } from './rate-limits';

export type TTokenAuth = { user: TUser; token: { id: string; scopes: string[] } };

/** Last-used time and address are written at most this often per token. */
const TOUCH_EVERY_MS = 60_000;

export async function userFromBearer(header: string | null, address: string | null): Promise<TTokenAuth | null> {
  const token = bearerToken(header);
  if (!token) return null;
  const row = await db.apiToken.findUnique({
    where: { hash: hashToken(token) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      user: { select: { id: true, email: true, name: true, role: true, jobRole: true, disabledAt: true, serviceProjectId: true } },
    },
  });
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now || row.user.disabledAt) return null;
  await consumeTokenRequest(row.id);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS || row.lastUsedIp !== address) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now, lastUsedIp: address }, select: { id: true } });
  }
  const { id, email, name, role, jobRole, serviceProjectId } = row.user;
  return { user: { id, email, name, role, jobRole, confinedTo: serviceProjectId }, token: { id: row.id, scopes: row.scopes } };
}
