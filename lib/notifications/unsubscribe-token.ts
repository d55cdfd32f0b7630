import 'server-only';
// The token in an email's unsubscribe link: a MAC of the person's id under the deployment's
// secret, so the link works without signing in and cannot be made for someone else.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

export function unsubscribeToken(userId: string): string {
  return createHmac('sha256', env().NEXTAUTH_SECRET).update(`unsubscribe:${userId}`).digest('base64url').slice(0, 32);
}

export function validUnsubscribeToken(userId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(userId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
