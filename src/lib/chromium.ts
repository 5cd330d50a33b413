// Which Chromium the tests, the diagram renderer and the benches drive. `npx playwright install`
// cannot download on machines without internet, so a system Chromium is the usual answer.
import { existsSync } from 'node:fs';
import { requireOnUse } from './require-on-use.ts';

/** Playwright's Chromium, loaded on first use (src/lib/require-on-use.ts). */
export const playwrightChromium = () => requireOnUse<typeof import('playwright')>('playwright').chromium;

/**
 * What a caller needs: `shell` for tests, drawing and screenshots, which runs on Chromium's
 * headless shell when there is one (Debian's chromium-headless-shell; Playwright's own headless
 * launches use it too): the same engine without the full browser's UI layers, so the browser suite
 * takes a fifth to a third less time on two cores. `browser` for Lighthouse, which measures what a reader's
 * browser does.
 */
export type ChromiumKind = 'shell' | 'browser';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SYSTEM_CANDIDATES: Record<ChromiumKind, string[]> = {
  shell: ['/usr/bin/chromium-headless-shell', ...BROWSERS],
  browser: BROWSERS,
};

export const INSTALL_HINT =
  'Install one of:\n' +
  '  - Debian/Ubuntu: sudo apt-get install chromium-headless-shell fonts-noto-cjk (or chromium)\n' +
  "  - Playwright's build: npx playwright install chromium\n" +
  'or set CHROMIUM_PATH to a Chromium/Chrome executable.';

export type ChromiumLocation = { executablePath?: string } | null;

/**
 * Where Chromium is: `{}` for Playwright's own browser, `{ executablePath }` for another one,
 * null when there is none (CHROMIUM_PATH=none pretends there is none, as on a deploy runner).
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env, kind: ChromiumKind = 'shell', exists: (path: string) => boolean = existsSync): ChromiumLocation {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv === 'none') return null;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv };
  }
  const own = playwrightChromium().executablePath();
  if (exists(own)) return kind === 'shell' ? {} : { executablePath: own };
  const system = SYSTEM_CANDIDATES[kind].find((path) => exists(path));
  return system ? { executablePath: system } : null;
}

/** For tests and scripts: the executable path (undefined for Playwright's own), or a clear error. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, kind: ChromiumKind = 'shell'): string | undefined {
  const location = locateChromium(env, kind);
  if (!location) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
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
