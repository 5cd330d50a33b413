// Screenshots of pages as readers see them: 375 px (phone) and 1280 px, light and dark.
// Usage: npm run build:test && npm run preview -- --port 4400 &  then
//        npm exec -- node scripts/screenshots.mjs [page ...]   (writes to screenshots/)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { TEST_BASE } from '../src/data/site-url.mjs';

const origin = process.env.SCREENSHOT_ORIGIN ?? `http://127.0.0.1:4400${TEST_BASE}`;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'network/', 'serverless/', 'backup/'];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const theme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(origin + path);
      // Scroll through once so lazily loaded diagrams are in the picture.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      const name = (path.replace(/\/$/, '') || 'home').replace(/\W+/g, '-');
      await page.screenshot({ path: `screenshots/${name}-${width}-${theme}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
