import { defineConfig, devices } from '@playwright/test';
import { ports } from './e2e/ports';

// Free ports for this run, chosen once here and inherited by workers and web servers.
const { app: port, db: dbPort, oidc: oidcPort } = ports();

// Debian's Chromium by default (Playwright's own browser download does not work everywhere);
// set PLAYWRIGHT_CHROMIUM_PATH='' to use a browser installed by `npx playwright install`.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  // Guards against a hang, not a speed budget: every step waits for a state. A shared CI machine
  // ran this suite 1.5x slower than an idle one (type-check 32 s instead of 21), and the longest
  // spec (two signed-in browsers, 20 s idle) then crossed a 30 s limit.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      // A real OpenID Connect provider for the SSO sign-in spec.
      command: 'node e2e/oidc-provider.mjs',
      url: `http://localhost:${oidcPort}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(oidcPort), APP_URL: `http://localhost:${port}` },
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs --conditions=react-server e2e/serve-e2e.ts`,
      url: `http://localhost:${port}/api/health`,
      env: { E2E_PORT: String(port), E2E_DB_PORT: String(dbPort) },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
