import 'server-only';
import { recordEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { JobRole, SiteRole } from '@/lib/generated/prisma/enums';

// Sign-in sessions as rows (UserSession). A session token carries the row's id; the row decides
// whether the token still works, so signing out ends that session on its next request whatever
// the token's own expiry says.

const SESSION_DAYS = 30;
const TOUCH_EVERY_MS = 5 * 60_000;

type TOpenSession = {
  userId: string;
  expiresAt: Date;
  endedAt: Date | null;
  lastSeenAt: Date;
  // Read as JSON: disabledAt is an ISO string there, and only its presence counts.
  user: { id: string; email: string; name: string; role: SiteRole; jobRole: JobRole; disabledAt: string | null; sessionVersion: number };
};

/** Opens a session for a sign-in and returns its id; old rows of the user are cleared out. */
export async function startSession(userId: string): Promise<string> {
  const now = Date.now();
  const [, row] = await db.$transaction([
    db.userSession.deleteMany({
      where: { userId, OR: [{ expiresAt: { lt: new Date(now) } }, { endedAt: { lt: new Date(now - SESSION_DAYS * 86_400_000) } }] },
    }),
    db.userSession.create({ data: { userId, expiresAt: new Date(now + SESSION_DAYS * 86_400_000) }, select: { id: true } }),
  ]);
  return row.id;
}

/** Signing out: this session stops working at once. */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** "Sign out everywhere": every session of the user ends, and every token minted so far. */
export async function endAllSessions(user: { id: string }): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date() } });
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'user.signout',
      targetType: 'user',
      targetId: user.id,
      summary: `Signed out everywhere (${count} session${count === 1 ? '' : 's'})`,
    });
    return { ended: count };
  });
}

/** The user's open sessions, newest first, for the account page. */
export function listSessions(userId: string) {
  return db.userSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: 'desc' },
  });
}

/** The session row behind a token, with its user; moves lastSeenAt forward now and then. */
export async function openSession(sessionId: string) {
  // Every request of a signed-in reader runs this: one prepared statement (lib/db/read-rows.ts).
  const [row] = await readRows<TOpenSession>(Prisma.sql`
    SELECT s."userId", s."expiresAt", s."endedAt", s."lastSeenAt",
           json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'role', u.role, 'jobRole', u."jobRole",
                             'disabledAt', u."disabledAt", 'sessionVersion', u."sessionVersion") AS "user"
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId}`);
  if (!row || row.endedAt || row.expiresAt.getTime() <= Date.now()) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date() }, select: { id: true } });
  }
  return row;
}
