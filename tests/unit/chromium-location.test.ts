import { chromium } from 'playwright';
import { expect, test } from 'vitest';
import { locateChromium } from '../../src/lib/chromium';

const SHELL = '/usr/bin/chromium-headless-shell';
const BROWSER = '/usr/bin/chromium';
const only = (...paths: string[]) => (path: string) => paths.includes(path);

test('tests and drawing run on the headless shell when it is installed, Lighthouse on the full browser', () => {
  expect(locateChromium({}, 'shell', only(SHELL, BROWSER))).toEqual({ executablePath: SHELL });
  expect(locateChromium({}, 'browser', only(SHELL, BROWSER))).toEqual({ executablePath: BROWSER });
  expect(locateChromium({}, 'shell', only(BROWSER))).toEqual({ executablePath: BROWSER });
  expect(locateChromium({}, 'browser', only(SHELL))).toBeNull();
});

test("Playwright's own Chromium comes first: its headless launch for tests, its full browser for Lighthouse", () => {
  const own = chromium.executablePath();
  expect(locateChromium({}, 'shell', only(own, SHELL))).toEqual({});
  expect(locateChromium({}, 'browser', only(own, BROWSER))).toEqual({ executablePath: own });
});

test('CHROMIUM_PATH wins, "none" means no browser, and a wrong path says so', () => {
  expect(locateChromium({ CHROMIUM_PATH: '/opt/chrome' }, 'shell', only('/opt/chrome', SHELL))).toEqual({ executablePath: '/opt/chrome' });
  expect(locateChromium({ CHROMIUM_PATH: 'none' }, 'shell', only(SHELL))).toBeNull();
  expect(() => locateChromium({ CHROMIUM_PATH: '/opt/missing' }, 'shell', only(SHELL))).toThrow(/does not exist/);
});
