import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/passwords';
import { userFromSessionToken } from '@/lib/auth/session-token';
import { db } from '@/lib/db/client';
import { makeUser, sessionCookie } from '@/test/factories';
import { resetPassword } from './reset-password';

const root = path.resolve(__dirname, '..', '..');
const hashOf = async (id: string) => (await db.$queryRaw<{ h: string }[]>`SELECT "passwordHash" AS h FROM "User" WHERE id = ${id}`)[0]!.h;

describe('resetPassword', () => {
  it('sets a new password, ends every session and clears the failed sign-ins', async () => {
    const user = await makeUser('Forgetful Admin', 'admin');
    const cookie = await sessionCookie(user);
    await db.rateLimit.create({ data: { key: `signin-account:${user.email}`, points: 5 } });
    const { password } = await resetPassword(` ${user.email.toUpperCase()} `);
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await verifyPassword(await hashOf(user.id), password)).toBe(true);
    expect(await userFromSessionToken(decodeURIComponent(cookie.split('=')[1]!))).toBeNull();
    expect(await db.rateLimit.count({ where: { key: `signin-account:${user.email}` } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: 'user.password', actorId: null } })).toBe(1);
  });

  it('names what is wrong with an unknown or disabled account, and changes nothing', async () => {
    await expect(resetPassword('nobody@nowhere.test')).rejects.toThrow('No account has the email nobody@nowhere.test.');
    const gone = await makeUser('Gone', 'viewer');
    await db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    await expect(resetPassword(gone.email)).rejects.toThrow(/is disabled/);
  });

  it('npm run admin:reset prints a password that works, once', async () => {
    const user = await makeUser('Locked Out', 'admin');
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/admin-reset.ts', user.email],
      {
        cwd: root,
        env: process.env,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const password = /password: (\S+)/.exec(run.stdout)?.[1];
    expect(password).toBeDefined();
    expect(await verifyPassword(await hashOf(user.id), password!)).toBe(true);
    const usage = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/admin-reset.ts'],
      { cwd: root, env: process.env, encoding: 'utf8' },
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run admin:reset -- <email>');
  });
});
