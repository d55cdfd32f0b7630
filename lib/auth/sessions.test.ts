// Sessions as rows: signing out ends exactly that session, "sign out everywhere" ends them all,
// and a token whose session ended never works again, whatever its own expiry says.
import { describe, expect, it } from 'vitest';
import { POST as changePasswordRoute } from '@/app/api/account/password/route';
import { DELETE as signOutEverywhere } from '@/app/api/account/sessions/route';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { makeUser, sessionCookie } from '@/test/factories';
import { call } from '@/test/http';
import { hashPassword } from './passwords';
import { mintSessionToken, sessionFromToken, userFromSessionToken } from './session-token';
import { endSession, listSessions } from './sessions';
import { encode } from 'next-auth/jwt';

const tokenOf = (cookie: string) => decodeURIComponent(cookie.split('=').slice(1).join('='));

describe('sessions', () => {
  it('signing out ends that session at once and leaves the others', async () => {
    const user = await makeUser('Two Laptops', 'editor');
    const [a, b] = [await sessionCookie(user), await sessionCookie(user)];
    const sa = await sessionFromToken(tokenOf(a));
    expect(sa?.user.id).toBe(user.id);
    await endSession(sa!.sessionId);
    expect(await userFromSessionToken(tokenOf(a))).toBeNull();
    expect((await userFromSessionToken(tokenOf(b)))?.id).toBe(user.id);
    expect(await listSessions(user.id)).toHaveLength(1);
  });

  it('"sign out everywhere" ends every session and every token minted before it', async () => {
    const user = await makeUser('Lost Phone', 'viewer');
    const cookies = [await sessionCookie(user), await sessionCookie(user), await sessionCookie(user)];
    const r = await call(signOutEverywhere, 'DELETE', {}, cookies[0]!);
    expect(r).toEqual({ status: 200, body: { ended: 3 } });
    for (const c of cookies) expect(await userFromSessionToken(tokenOf(c))).toBeNull();
    expect(await listSessions(user.id)).toEqual([]);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: 'user.signout' } })).toBe(1);
    // Signed out, the route is refused like any other.
    expect((await call(signOutEverywhere, 'DELETE', {}, cookies[1]!)).status).toBe(401);
  });

  it('refuses tokens from before sessions were rows, and tokens naming someone else’s session', async () => {
    const user = await makeUser('Old Token', 'viewer');
    const other = await makeUser('Other', 'viewer');
    const old = await encode({ token: { uid: user.id, sv: 1, sub: user.id }, secret: env().NEXTAUTH_SECRET });
    expect(await userFromSessionToken(old)).toBeNull();
    const theirs = await sessionFromToken(tokenOf(await sessionCookie(other)));
    const forged = await encode({ token: { uid: user.id, sv: 1, sid: theirs!.sessionId, sub: user.id }, secret: env().NEXTAUTH_SECRET });
    expect(await userFromSessionToken(forged)).toBeNull();
  });

  it('refuses a session past its expiry', async () => {
    const user = await makeUser('Expired', 'viewer');
    const token = await mintSessionToken({ uid: user.id, sv: 1 });
    const { sessionId } = (await sessionFromToken(token))!;
    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userFromSessionToken(token)).toBeNull();
  });

  it('changing the password checks the current one, then ends every session', async () => {
    const user = await makeUser('Changer', 'editor');
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword('old-password-123') } });
    const cookie = await sessionCookie(user);
    const wrong = await call(changePasswordRoute, 'POST', { current: 'not-it-at-all', next: 'new-password-456' }, cookie);
    expect(wrong).toMatchObject({ status: 422, body: { fields: { current: 'Not your current password' } } });
    const short = await call(changePasswordRoute, 'POST', { current: 'old-password-123', next: 'short' }, cookie);
    expect(short).toMatchObject({ status: 422, body: { fields: { next: 'Use at least 12 characters' } } });
    const ok = await call(changePasswordRoute, 'POST', { current: 'old-password-123', next: 'new-password-456' }, cookie);
    expect(ok.status).toBe(200);
    expect(await userFromSessionToken(tokenOf(cookie))).toBeNull();
    const rows = await db.$queryRaw<{ passwordHash: string }[]>`SELECT "passwordHash" FROM "User" WHERE id = ${user.id}`;
    const { verifyPassword } = await import('./passwords');
    expect(await verifyPassword(rows[0]!.passwordHash, 'new-password-456')).toBe(true);
  });

  it('an account without a password (single sign-on) is told so', async () => {
    const user = await makeUser('SSO Only', 'viewer');
    const r = await call(changePasswordRoute, 'POST', { current: 'x', next: 'new-password-456' }, await sessionCookie(user));
    expect(r).toMatchObject({ status: 422, body: { error: 'This account signs in through single sign-on and has no password here.' } });
  });
});
