// Which Chromium the tests (and build-time tools) drive. `npx playwright install` cannot download
// on machines without internet, so a system Chromium is the usual answer.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns an executable path, or undefined when Playwright's own browser is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    'No Chromium found for the tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
      '  - Playwright\'s build: npx playwright install chromium\n' +
      'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
  );
}

// Flags for a closed network: without them Chromium keeps calling Google's services.
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
