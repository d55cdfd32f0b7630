import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { hashPassword } from './passwords';
import { authorizeCredentials, INVALID_CREDENTIALS } from './auth-options';

const email = () => `limit-${randomBytes(4).toString('hex')}@test.local`;

async function account(password = 'right password 123') {
  const e = email();
  await db.user.create({ data: { email: e, name: 'Limited', passwordHash: await hashPassword(password) } });
  return e;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sign-in with email and password', () => {
  it('accepts the right password and refuses a wrong one with the same message as an unknown email', async () => {
    const e = await account();
    await expect(authorizeCredentials({ email: e, password: 'right password 123' }, null)).resolves.toMatchObject({ email: e });
    await expect(authorizeCredentials({ email: e, password: 'wrong' }, null)).rejects.toThrow(INVALID_CREDENTIALS);
    await expect(authorizeCredentials({ email: email(), password: 'whatever' }, null)).rejects.toThrow(INVALID_CREDENTIALS);
  });

  it('locks an account after 5 failures, even for the right password, with a clear message', async () => {
    const e = await account();
    for (let i = 0; i < 5; i++) await authorizeCredentials({ email: e, password: 'wrong' }, null).catch(() => {});
    await expect(authorizeCredentials({ email: e, password: 'right password 123' }, null)).rejects.toThrow(
      /Too many failed sign-in attempts\. Try again in 15 minutes\./,
    );
    const row = await db.rateLimit.findFirst({ where: { key: `signin-account:${e}` } });
    expect(row?.points).toBe(5);
  });

  it('lets the account in again once the window has passed (the clock is moved, not waited for)', async () => {
    const e = await account();
    for (let i = 0; i < 5; i++) await authorizeCredentials({ email: e, password: 'wrong' }, null).catch(() => {});
    await expect(authorizeCredentials({ email: e, password: 'right password 123' }, null)).rejects.toThrow(/Too many failed/);
    // The limiter stamps expiry times with this process's clock: 14 minutes later it still holds…
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 14 * 60_000);
    await expect(authorizeCredentials({ email: e, password: 'right password 123' }, null)).rejects.toThrow(/Try again in 1 minute\./);
    // …and past the 15-minute window the right password works again.
    vi.setSystemTime(Date.now() + 2 * 60_000);
    await expect(authorizeCredentials({ email: e, password: 'right password 123' }, null)).resolves.toMatchObject({ email: e });
  });

  it('ignores a forgeable X-Forwarded-For unless a trusted proxy is configured', async () => {
    const e = await account();
    await authorizeCredentials({ email: e, password: 'wrong' }, '203.0.113.9').catch(() => {});
    expect(await db.rateLimit.count({ where: { key: 'signin-address:203.0.113.9' } })).toBe(0);
  });
});
