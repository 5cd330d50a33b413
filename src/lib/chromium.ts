// Which Chromium the tests and the diagram renderer drive. `npx playwright install` cannot
// download on machines without internet, so a system Chromium is the usual answer.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const INSTALL_HINT =
  'Install one of:\n' +
  '  - Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
  "  - Playwright's build: npx playwright install chromium\n" +
  'or set CHROMIUM_PATH to a Chromium/Chrome executable.';

export type ChromiumLocation = { executablePath?: string } | null;

/**
 * Where Chromium is: `{}` for Playwright's own browser, `{ executablePath }` for another one,
 * null when there is none (CHROMIUM_PATH=none pretends there is none, as on a deploy runner).
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLocation {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv === 'none') return null;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv };
  }
  if (existsSync(chromium.executablePath())) return {};
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  return system ? { executablePath: system } : null;
}

/** For the tests: the executable path (undefined for Playwright's own), or a clear error. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const location = locateChromium(env);
  if (!location) throw new Error(`No Chromium found for the tests. ${INSTALL_HINT}`);
  return location.executablePath;
}

// Flags for a closed network: without them Chromium keeps calling Google's services.
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
