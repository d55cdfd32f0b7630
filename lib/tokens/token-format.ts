// What a token looks like: `hs_` and 43 characters of base64url (256 random bits), so secret
// scanners and people recognise it, and a typo or a foreign token is refused before any lookup.
import { createHash, randomBytes } from 'node:crypto';

const SHAPE = /^hs_[A-Za-z0-9_-]{43}$/;

export function newToken(): { token: string; prefix: string; hash: string } {
  const token = `hs_${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, 11), hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token in an `Authorization: Bearer …` header, or null when there is none of our shape. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)$/i.exec(header?.trim() ?? '');
  return match && SHAPE.test(match[1]!) ? match[1]! : null;
}
