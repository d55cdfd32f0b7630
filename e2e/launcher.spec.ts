// `npm start` as a person runs it (scripts/start.mjs, the embedded database, a fresh data
// folder): the first admin's password is printed as soon as it exists, `npm run admin:reset`
// gives a new one while the wiki runs, a busy port stops the start before anything is created,
// and SIGTERM to the launcher leaves no process holding the web or database port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInByApi } from './helpers';
import { ports } from './ports';

const root = path.resolve(__dirname, '..');
test.describe.configure({ mode: 'serial' });

type TLaunch = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** `npm start` as a person types it, or scripts/start.mjs directly. */
function launch(env: Record<string, string>, via: 'npm' | 'node' = 'node'): TLaunch {
  let output = '';
  const [cmd, args] = via === 'npm' ? ['npm', ['start']] : [process.execPath, ['scripts/start.mjs']];
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function settings(port: number, dbPort: number) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'hindsight-launch-'));
  chmodSync(parent, 0o755); // the database runs as `postgres` when the tests run as root
  return {
    parent,
    env: {
      PORT: String(port),
      HINDSIGHT_DB_PORT: String(dbPort),
      HINDSIGHT_DATA_DIR: path.join(parent, 'postgres'),
      NEXTAUTH_SECRET: 'launcher-spec-secret-0123456789-0123456789',
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  };
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function signIn(base: string, email: string, password: string): Promise<boolean> {
  const { ctx, signedIn } = await signInByApi(base, email, password);
  await ctx.dispose();
  return signedIn;
}

test('first start prints the admin password at once; admin:reset replaces it; SIGTERM to npm frees both ports', async () => {
  test.setTimeout(240_000);
  const { launcherApp: port, launcherDb: dbPort } = ports();
  const { parent, env } = settings(port, dbPort);
  const run = launch(env, 'npm');
  try {
    await expect.poll(run.output, { timeout: 180_000 }).toMatch(/Hindsight is running at|could not start/);
    const out = run.output();
    expect(out).toContain('Hindsight is running at');
    const password = /password: (\S+)/.exec(out)?.[1];
    expect(password).toBeDefined();
    expect(out.indexOf('password:')).toBeLessThan(out.indexOf('Hindsight is running at'));
    const base = `http://localhost:${port}`;
    expect(await signIn(base, 'admin@hindsight.local', password!)).toBe(true);

    // While the wiki runs, admin:reset attaches to its database and prints a new password.
    const reset = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/admin-reset.ts', 'admin@hindsight.local'],
      {
        cwd: root,
        env: { ...process.env, ...env, DATABASE_URL: '' },
        encoding: 'utf8',
      },
    );
    expect(reset.status, reset.stderr).toBe(0);
    const fresh = /password: (\S+)/.exec(reset.stdout)?.[1];
    expect(fresh).toBeDefined();
    expect(await signIn(base, 'admin@hindsight.local', fresh!)).toBe(true);
    expect(await signIn(base, 'admin@hindsight.local', password!)).toBe(false);

    // What a process manager does: SIGTERM to npm, which does not pass it through `sh -c`.
    run.child.kill('SIGTERM');
    await run.exited;
    // Nothing the launcher started outlives it: neither the web server nor the database.
    await expect.poll(() => listening(port), { timeout: 60_000 }).toBe(false);
    await expect.poll(() => listening(dbPort), { timeout: 60_000 }).toBe(false);
  } finally {
    run.child.kill('SIGKILL');
    rmSync(parent, { recursive: true, force: true });
  }
});

test('a start on a busy port stops before creating anything; the next start creates and prints the admin', async () => {
  test.setTimeout(240_000);
  const { busyApp: port, busyDb: dbPort } = ports();
  const { parent, env } = settings(port, dbPort);
  const squatter = net.createServer().listen(port);
  try {
    const blocked = launch(env);
    expect(await blocked.exited).toBe(1);
    expect(blocked.output()).toContain(`Port ${port} is in use`);
    expect(blocked.output()).not.toContain('password:');
    await new Promise((r) => squatter.close(r));

    const second = launch(env);
    await expect.poll(second.output, { timeout: 180_000 }).toMatch(/Hindsight is running at|could not start/);
    expect(second.output()).toMatch(/password: \S+/);
    // Killed outright, the launcher cannot pass anything on: the server notices it is gone.
    second.child.kill('SIGKILL');
    await second.exited;
    await expect.poll(() => listening(port), { timeout: 60_000 }).toBe(false);
    await expect.poll(() => listening(dbPort), { timeout: 60_000 }).toBe(false);
  } finally {
    squatter.close();
    rmSync(parent, { recursive: true, force: true });
  }
});
