// Draws the site name strip shown at the top of every link-preview card (src/assets/og-site-name.png)
// with the same Hangul font the cards use. Run again only when the site name or colours change:
//   npm exec -- node scripts/make-og-logo.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';

const font = readFileSync('node_modules/pretendard/dist/public/static/Pretendard-Bold.otf').toString('base64');
const icon = readFileSync('public/favicon.svg', 'utf8');
const html = `<!doctype html><style>
@font-face { font-family: P; src: url(data:font/otf;base64,${font}); }
body { margin: 0; background: transparent; }
.strip { display: inline-flex; align-items: center; gap: 20px; padding: 4px; font: 700 44px P; color: #ff9900; }
.strip svg { width: 64px; height: 64px; }
</style><div class="strip">${icon}<span>AWS 스터디 노트</span></div>`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ deviceScaleFactor: 1 });
await page.setContent(html);
await page.evaluate(() => document.fonts.ready);
await page.locator('.strip').screenshot({ path: 'src/assets/og-site-name.png', omitBackground: true });
await browser.close();
console.log('wrote src/assets/og-site-name.png');
