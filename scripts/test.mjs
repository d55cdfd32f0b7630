// `npm test`: every check, in the order that fails fastest — type-check, lint, knip, formatting, unit and integration
// tests (vitest, on a throw-away PostgreSQL database), a production build, then the browser
// specs (Playwright in Chromium). Prints one closing line with the totals and fails on zero tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const reports = mkdtempSync(path.join(tmpdir(), 'hindsight-test-'));

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  step('install dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
}

const only = process.argv[2]; // optional: "unit" or "e2e"
const totals = { passed: 0, failed: 0, skipped: 0 };

if (!only) {
  step('type-check', process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit']);
  // Quality gates, zero warnings: lint rules, unused files/exports/dependencies, formatting.
  step('lint (ESLint)', process.execPath, [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']);
  step('unused code (knip)', process.execPath, [bin('knip', 'bin/knip.js')]);
  step('formatting (Prettier)', process.execPath, [bin('prettier', 'bin/prettier.cjs'), '--check', '.']);
}

if (!only || only === 'unit') {
  const out = path.join(reports, 'vitest.json');
  const ok = step(
    'unit and integration tests (vitest)',
    process.execPath,
    [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    { soft: true },
  );
  const r = JSON.parse(readFileSync(out, 'utf8'));
  add(r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests ?? 0));
  if (!ok) finish();
}

if (!only || only === 'e2e') {
  step('production build', process.execPath, [bin('next', 'dist/bin/next'), 'build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } });
  const out = path.join(reports, 'playwright.json');
  step('browser tests (Playwright, Chromium)', process.execPath, [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], {
    soft: true,
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  });
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats;
    add(s.expected, s.unexpected + (s.flaky ?? 0), s.skipped);
  } else {
    add(0, 1, 0);
  }
}
finish();

function add(passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

function finish() {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (totals.passed === 0) console.error('No test ran: that is a failure, not a pass.');
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

function step(name, cmd, args, { soft = false, env = {} } = {}) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`── ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0 && !soft) {
    console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed, ${totals.skipped} skipped`);
    process.exit(r.status ?? 1);
  }
  return r.status === 0;
}
