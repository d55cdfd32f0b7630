import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium by default (Playwright's own browser download does not work everywhere);
// set PLAYWRIGHT_CHROMIUM_PATH='' to use a browser installed by `npx playwright install`.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
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
      url: 'http://localhost:3199/.well-known/openid-configuration',
      env: { OIDC_PORT: '3199', APP_URL: `http://localhost:${port}` },
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs --conditions=react-server e2e/serve-e2e.ts`,
      url: `http://localhost:${port}/api/health`,
      env: { E2E_PORT: String(port) },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
