import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import type { TUser } from './current-user';
import { openSession, startSession } from './sessions';

// next-auth's cookie; with an https NEXTAUTH_URL it is __Secure- prefixed (and Secure).
export function sessionCookieName(): string {
  return env().NEXTAUTH_URL?.startsWith('https://') ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

export type TSessionClaims = { uid: string; sv: number; sid: string };

/**
 * The user a session token stands for, checked against the database on every request: a token
 * whose session was ended (signed out), of a disabled user, or minted before the user's
 * sessionVersion was bumped (signed out everywhere) stops working on its very next request,
 * whatever the token's own expiry says.
 */
export async function userFromSessionToken(token: string | undefined): Promise<TUser | null> {
  return (await sessionFromToken(token))?.user ?? null;
}

/** The user and the session id behind a token, or null (see userFromSessionToken). */
export async function sessionFromToken(token: string | undefined): Promise<{ user: TUser; sessionId: string } | null> {
  if (!token) return null;
  let claims: Partial<TSessionClaims> | null = null;
  try {
    claims = (await decode({ token, secret: env().NEXTAUTH_SECRET })) as Partial<TSessionClaims> | null;
  } catch {
    return null;
  }
  const user = claims ? await userForClaims(claims) : null;
  return user ? { user, sessionId: claims!.sid as string } : null;
}

/** The user a token's claims stand for while its session is open, else null. */
export async function userForClaims(claims: Record<string, unknown>): Promise<TUser | null> {
  if (typeof claims.uid !== 'string' || typeof claims.sv !== 'number' || typeof claims.sid !== 'string') return null;
  const session = await openSession(claims.sid);
  const user = session?.user;
  if (!user || session.userId !== claims.uid || user.disabledAt || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, jobRole: user.jobRole };
}

/** Opens a session and mints its token exactly as sign-in does (used by tests and benchmarks). */
export async function mintSessionToken(claims: Omit<TSessionClaims, 'sid'>): Promise<string> {
  const sid = await startSession(claims.uid);
  return encode({ token: { ...claims, sid, sub: claims.uid }, secret: env().NEXTAUTH_SECRET });
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
