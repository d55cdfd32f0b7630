import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';

export type TUser = { id: string; email: string; name: string };

export const LOCAL_USER_NAME = 'Local user';

/**
 * Who is making this request. The one seam for identity: until sign-in exists every request
 * acts as the seeded local user; sign-in replaces the body of this function and nothing else.
 */
export const currentUser = cache(async (): Promise<TUser> => {
  const email = env().HINDSIGHT_LOCAL_USER_EMAIL;
  const select = { id: true, email: true, name: true } as const;
  // Read first: this runs on every request, and an upsert would be a write each time.
  const found = await db.user.findUnique({ where: { email }, select });
  if (found) return found;
  return db.user.upsert({ where: { email }, update: {}, create: { email, name: LOCAL_USER_NAME }, select });
});
