import 'server-only';
// What reaches a person, and how: their choices per kind of notice, and the digest. Turning email
// off (here, or by the unsubscribe link) drops the email of notices still waiting.
import type { z } from 'zod';
import { db } from '@/lib/db/client';
import type { TActor } from '@/lib/policies/can';
import { NOTICE_TYPES, reachOf, type ZNoticePrefs } from './preferences';

export async function setNoticePrefs(actor: TActor, input: z.output<typeof ZNoticePrefs>) {
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { noticePrefs: input.prefs, emailDigest: input.digest }, select: { id: true } });
    const quiet = NOTICE_TYPES.filter((t) => reachOf(input.prefs, t) !== 'email');
    await tx.notification.updateMany({
      where: { userId: actor.id, type: { in: quiet }, emailState: { in: ['due', 'digest'] } },
      data: { emailState: 'dropped' },
    });
    // Waiting email moves between the digest and one message each as the choice changes.
    await tx.notification.updateMany({
      where: { userId: actor.id, emailState: input.digest ? 'due' : 'digest' },
      data: { emailState: input.digest ? 'digest' : 'due' },
    });
    return { ok: true };
  });
}

/** The unsubscribe link: every kind that emailed now stays in the app, and waiting email is dropped. */
export async function stopAllEmail(userId: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { noticePrefs: true } });
    if (!user) return { ok: true };
    const prefs = Object.fromEntries(NOTICE_TYPES.map((t) => [t, reachOf(user.noticePrefs, t) === 'off' ? 'off' : 'app']));
    await tx.user.update({ where: { id: userId }, data: { noticePrefs: prefs, emailDigest: false }, select: { id: true } });
    await tx.notification.updateMany({ where: { userId, emailState: { in: ['due', 'digest'] } }, data: { emailState: 'dropped' } });
    return { ok: true };
  });
}
