// `npm start`: the one command that serves Hindsight. Plain Node, so it can run on a fresh clone
// before dependencies exist: it installs them if needed, then hands over to scripts/serve.ts.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  console.log('Installing dependencies (first start only)…');
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const child = spawn(
  process.execPath,
  [tsx, '--conditions=react-server', path.join(root, 'scripts', 'serve.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    // The server stops by itself if this launcher disappears without a word (killed outright).
    env: { ...process.env, HINDSIGHT_LAUNCHER_PID: String(process.pid) },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// `npm start` runs this through `sh -c`, and a SIGTERM to npm ends that shell without passing the
// signal on: when the process that started this one goes away, stop as if told to.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 500).unref();
