// Ports unique to one run of the browser tests, so two runs on one machine never collide. The
// Playwright runner picks free ones when it reads its config and passes them to its workers and
// web servers through E2E_PORTS; every spec and server reads them from there.
import { spawnSync } from 'node:child_process';

const NAMES = ['app', 'db', 'oidc', 'launcherApp', 'launcherDb', 'busyApp', 'busyDb', 'smtp'] as const;
type TPorts = Record<(typeof NAMES)[number], number>;

/** Asks the system for `count` free ports at once (synchronously: configs cannot await). */
function freePorts(count: number): number[] {
  const script = `const net = require('node:net');
    const servers = Array.from({ length: ${count} }, () => net.createServer().listen(0, '127.0.0.1'));
    Promise.all(servers.map((s) => new Promise((r) => s.once('listening', r)))).then(() => {
      process.stdout.write(servers.map((s) => s.address().port).join(','));
      servers.forEach((s) => s.close());
    });`;
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`Could not find free ports: ${out.stderr}`);
  return out.stdout.split(',').map(Number);
}

function choosePorts(): void {
  process.env.E2E_PORTS ??= freePorts(NAMES.length).join(',');
}

export function ports(): TPorts {
  if (!process.env.E2E_PORTS) choosePorts();
  const values = process.env.E2E_PORTS!.split(',').map(Number);
  return Object.fromEntries(NAMES.map((name, i) => [name, values[i]!])) as TPorts;
}
