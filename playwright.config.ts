import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const isCI = Boolean(process.env.CI);

/**
 * Browser tests run against the production build (`npm run build && npm run start`) on a port of
 * their own, with Debian's Chromium (Playwright's browser download does not work on these hosts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: isCI ? 1 : 2,
  retries: isCI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: isCI,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'npm run build && npm run start',
    url: `http://localhost:${PORT}/`,
    env: {
      PORT: String(PORT),
      // Many questions from one client in a few minutes: keep the rate limit out of the way.
      // (Answers come from the extractive model unless OPENAI_* variables are set in the shell.)
      RATE_LIMIT_PER_MINUTE: '10000',
      RATE_LIMIT_BURST: '1000',
    },
    reuseExistingServer: !isCI,
    timeout: 15 * 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
