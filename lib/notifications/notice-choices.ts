import 'server-only';
import { db } from '@/lib/db/client';
import { NOTICE_TYPES, reachOf, type TNotificationType, type TReach } from './preferences';

/** A person's choice for each kind of notice (defaults filled in), and whether they take the digest. */
export async function noticeChoices(userId: string): Promise<{ reach: Record<TNotificationType, TReach>; digest: boolean }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { noticePrefs: true, emailDigest: true } });
  const reach = Object.fromEntries(NOTICE_TYPES.map((t) => [t, reachOf(user.noticePrefs, t)])) as Record<TNotificationType, TReach>;
  return { reach, digest: user.emailDigest };
}
