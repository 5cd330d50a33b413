import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/lib/chromium';
import { TEST_ENV } from './src/data/site-url.mjs';
import { BASE_PATH, PORT } from './tests/support/site';

const executablePath = findChromium();

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.test.ts',
  // Unit tests run under Vitest (vitest.config.ts).
  testIgnore: 'unit/**',
  fullyParallel: true,
  // One worker a core: the suite is CPU-bound (browsers, axe, fixture builds). On two cores, four
  // workers took as long or longer (147 and 165 s against 146 and 133 s, 2026-12-08) and used a
  // sixth more CPU switching between them.
  workers: '100%',
  // A busy machine: an assertion may wait longer than Playwright's 5 s default.
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // In Chromium's headless shell a page's idle callback now and then never runs, so Starlight's
  // search box never appears (two of five full runs on 2026-12-01 and again on 2026-12-08, with one
  // worker and with four; none in 400 page loads by a script, with or without load; cause not
  // found): on CI a failed test runs once more and, if it then passes, is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    ...devices['Desktop Chrome'],
    // The offline worker would download the whole site in the background of every test's first
    // visit; the tests of offline reading and of a quiet console allow it.
    serviceWorkers: 'block',
    // A click or page load that has not happened by then is stuck (see retries): fail and retry
    // instead of waiting out the test's whole timeout.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  webServer: {
    // Serves dist/ as built by `npm run build:test`: under a non-root base path, as on GitHub Pages.
    command: `npm run preview -- --port ${PORT} --host 127.0.0.1`,
    env: TEST_ENV,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    timeout: 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
  },
});
