import 'server-only';
import { z } from 'zod';
import { recordEvent } from '@/lib/audit/record-event';
import { assertSignInAllowed, recordFailedSignIn } from '@/lib/auth/rate-limits';
import { hashPassword, verifyPassword } from '@/lib/auth/passwords';
import { db } from '@/lib/db/client';
import { Invalid } from '@/lib/errors';

export const ZChangePassword = z.object({
  current: z.string().min(1, 'Enter your current password').max(1024),
  next: z.string().min(12, 'Use at least 12 characters').max(1024, 'At most 1024 characters'),
});
export type TChangePassword = z.infer<typeof ZChangePassword>;

/**
 * Changes the signed-in person's password. Wrong current passwords count against the same
 * per-account limit as sign-in, so this cannot be used to guess. Every session ends (this one
 * too): the person signs in again with the new password.
 */
export async function changePassword(user: { id: string; email: string }, input: TChangePassword) {
  await assertSignInAllowed(user.email, null);
  const row = await db.user.findUnique({ where: { id: user.id }, omit: { passwordHash: false } });
  const hash = row?.passwordHash;
  if (!hash) throw new Invalid('This account signs in through single sign-on and has no password here.');
  if (!(await verifyPassword(hash, input.current))) {
    await recordFailedSignIn(user.email, null);
    throw new Invalid('Your current password is not right.', { current: 'Not your current password' });
  }
  const passwordHash = await hashPassword(input.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date() } });
    await recordEvent(tx, {
      actorId: user.id,
      action: 'user.password',
      targetType: 'user',
      targetId: user.id,
      summary: 'Changed their password; every session ended',
    });
  });
  return { ok: true as const };
}
