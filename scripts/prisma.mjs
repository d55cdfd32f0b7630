// Runs the Prisma CLI the way it works on these machines: with the long-timer preload (so it exits
// promptly) and a DATABASE_URL even for `generate` (without one the CLI reaches for a native
// engine it cannot download). Usage: node scripts/prisma.mjs <prisma args...>
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

export function runPrisma(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', path.join(root, 'scripts', 'unref-long-timers.cjs'), cli, ...args], {
      cwd: root,
      env: {
        ...env,
        DATABASE_URL: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/unused',
      },
      // Quiet runs keep the CLI's chatter to show it only if the command fails.
      stdio: ['ignore', env.HINDSIGHT_QUIET ? 'pipe' : 'inherit', env.HINDSIGHT_QUIET ? 'pipe' : 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(' ')} exited with ${code}${output ? `:\n${output.trim()}` : ''}`)),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runPrisma(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
