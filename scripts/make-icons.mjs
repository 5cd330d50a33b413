// Draws the home-screen icons (public/icons/) from public/favicon.svg in Chromium. Run again only
// when the favicon changes:   npm exec -- node scripts/make-icons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';

const icon = readFileSync('public/favicon.svg', 'utf8');
// A maskable icon keeps its drawing inside the middle 80 % (the safe zone), on the icon's colour.
const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'maskable-512.png', size: 512, inset: 0.1 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.06 },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const { file, size, inset } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const pad = size * inset;
  await page.setContent(`<style>body{margin:0;background:${inset ? '#232f3e' : 'transparent'}}
svg{display:block;width:${size - 2 * pad}px;height:${size - 2 * pad}px;margin:${pad}px}</style>${icon}`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !inset });
  await page.close();
}
await browser.close();
console.log(`wrote ${ICONS.length} icons to public/icons/`);
