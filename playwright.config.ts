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
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    ...devices['Desktop Chrome'],
    // The offline worker would download the whole site in the background of every test's first
    // visit; the tests of offline reading and of a quiet console allow it.
    serviceWorkers: 'block',
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
