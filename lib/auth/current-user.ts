import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { JobRole, SiteRole } from '@/lib/generated/prisma/enums';
import { sessionCookieName, userFromSessionToken } from './session-token';

export type TUser = { id: string; email: string; name: string; role: SiteRole; jobRole: JobRole; confinedTo?: string | null };

/** The signed-in user of this request, or null. Checked against the database each request. */
export const sessionUser = cache(async (): Promise<TUser | null> => {
  const jar = await cookies();
  return userFromSessionToken(jar.get(sessionCookieName())?.value);
});

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function currentUser(): Promise<TUser> {
  const user = await sessionUser();
  if (user) return user;
  const path = (await headers()).get('x-pathname') ?? '/';
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}
