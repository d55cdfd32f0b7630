import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { dbPool } from '@/lib/db/client';
import { env } from '@/lib/env';
import { TooManyRequests } from '@/lib/errors';

// Rate limits, counted in PostgreSQL (table "RateLimit"), so they hold across restarts and
// across every app server. Failed sign-ins are counted per account (email) and per client
// address; live previews per person (rendering is the costliest thing a signed-in person can ask
// for, so one person cannot keep every render worker busy).
type TLimiters = { account: RateLimiterPostgres; address: RateLimiterPostgres; preview: RateLimiterPostgres; token: RateLimiterPostgres };
const holder = globalThis as unknown as { hindsightLimiters?: TLimiters };

function limiters(): TLimiters {
  if (!holder.hindsightLimiters) {
    const e = env();
    const common = {
      storeClient: dbPool(),
      storeType: 'pool',
      tableName: 'RateLimit',
      tableCreated: true,
      duration: e.HINDSIGHT_SIGNIN_WINDOW_SECONDS,
      blockDuration: e.HINDSIGHT_SIGNIN_WINDOW_SECONDS,
      clearExpiredByTimeout: false,
    };
    holder.hindsightLimiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: 'signin-account', points: e.HINDSIGHT_SIGNIN_ACCOUNT_LIMIT }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: 'signin-address', points: e.HINDSIGHT_SIGNIN_ADDRESS_LIMIT }),
      preview: new RateLimiterPostgres({
        ...common,
        keyPrefix: 'preview',
        points: e.HINDSIGHT_PREVIEW_LIMIT,
        duration: 60,
        blockDuration: 0,
      }),
      token: new RateLimiterPostgres({
        ...common,
        keyPrefix: 'token',
        points: e.HINDSIGHT_TOKEN_RATE_LIMIT,
        duration: 60,
        blockDuration: 0,
      }),
    };
  }
  return holder.hindsightLimiters;
}

class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
}

/** Throws TooManyAttempts while the account's (or the known address's) counter is used up. */
export async function assertSignInAllowed(email: string, address: string | null) {
  const { account, address: byAddress } = limiters();
  const checks = [[account, email], ...(address ? [[byAddress, address] as const] : [])] as const;
  for (const [limiter, key] of checks) {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= limiter.points) throw new TooManyAttempts(Math.ceil(res.msBeforeNext / 1000));
  }
}

export async function recordFailedSignIn(email: string, address: string | null) {
  const { account, address: byAddress } = limiters();
  await Promise.all([account.penalty(email, 1), address ? byAddress.penalty(address, 1) : null]).catch((err: unknown) => {
    if (!(err instanceof RateLimiterRes)) throw err;
  });
}

/** Counts one preview for the user; throws TooManyRequests once the minute's allowance is used. */
export async function consumePreview(userId: string) {
  try {
    await limiters().preview.consume(userId, 1);
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw new TooManyRequests(`Too many previews in a minute; the preview resumes in ${seconds} s. Your text is safe.`, seconds);
  }
}

/** Counts one API request for the token; throws TooManyRequests (429, Retry-After) past its limit. */
export async function consumeTokenRequest(tokenId: string) {
  try {
    await limiters().token.consume(tokenId, 1);
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw new TooManyRequests(`This token made too many requests; try again in ${seconds} s.`, seconds);
  }
}

export async function recordSuccessfulSignIn(email: string) {
  await limiters().account.delete(email);
}

/**
 * The client address to count against, or null when it cannot be trusted. Next.js fills in
 * X-Forwarded-For only when the client did not send one, so without a trusted proxy in front the
 * header is whatever the client says: counting it would let anyone lock out someone else's
 * address. Then only the per-account limit applies.
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  if (env().HINDSIGHT_TRUST_PROXY === '1' && forwardedFor) return forwardedFor.split(',')[0]!.trim().slice(0, 64) || null;
  return null;
}
