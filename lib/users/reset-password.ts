import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordEvent } from '@/lib/audit/record-event';
import { hashPassword } from '@/lib/auth/passwords';
import { db } from '@/lib/db/client';
import { Invalid, NotFound } from '@/lib/errors';

/**
 * The way back in when a password is lost (`npm run admin:reset -- <email>`): a new random
 * password for the account, shown once by the caller. Every session of the account ends, the
 * failed-sign-in counter for it is cleared, and the audit log records it (by "system").
 */
export async function resetPassword(email: string): Promise<{ email: string; password: string }> {
  const address = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email: address }, select: { id: true, email: true, disabledAt: true } });
  if (!user) throw new NotFound(`No account has the email ${address}.`);
  if (user.disabledAt) throw new Invalid(`${address} is disabled; an admin can enable it under Admin → Users first.`);
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date() } });
    await tx.rateLimit.deleteMany({ where: { key: `signin-account:${user.email}` } });
    await recordEvent(tx, {
      actorId: null,
      action: 'user.password',
      targetType: 'user',
      targetId: user.id,
      summary: `Password of ${user.email} reset from the command line; every session ended`,
    });
  });
  return { email: user.email, password };
}
