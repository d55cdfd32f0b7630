import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import type { TUser } from './current-user';

// next-auth's cookie; with an https NEXTAUTH_URL it is __Secure- prefixed (and Secure).
export function sessionCookieName(): string {
  return env().NEXTAUTH_URL?.startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

export type TSessionClaims = { uid: string; sv: number };

/**
 * The user a session token stands for, checked against the database on every request: a
 * disabled user, or a token minted before the user's sessionVersion was bumped, is signed out
 * on their very next request whatever the token's expiry says.
 */
export async function userFromSessionToken(token: string | undefined): Promise<TUser | null> {
  if (!token) return null;
  let claims: Partial<TSessionClaims> | null = null;
  try {
    claims = (await decode({ token, secret: env().NEXTAUTH_SECRET })) as Partial<TSessionClaims> | null;
  } catch {
    return null;
  }
  if (!claims?.uid || typeof claims.sv !== 'number') return null;
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, name: true, role: true, jobRole: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, jobRole: user.jobRole };
}

/** Mints a session token exactly as sign-in does (used by the test suites). */
export function mintSessionToken(claims: TSessionClaims): Promise<string> {
  return encode({ token: { ...claims, sub: claims.uid }, secret: env().NEXTAUTH_SECRET });
}

export function tokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  const name = sessionCookieName();
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
