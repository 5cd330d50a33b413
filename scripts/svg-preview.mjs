// Renders cached diagram SVGs to PNG for a look: npm exec -- node scripts/svg-preview.mjs file.svg...
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const file of process.argv.slice(2)) {
  await page.setContent(`<body style="margin:0;background:${file.includes('dark') ? '#17181c' : '#fff'}">${readFileSync(file, 'utf8')}</body>`);
  const out = `screenshots/${file.split('/').pop().replace('.svg', '.png')}`;
  await page.locator('svg').first().screenshot({ path: out });
  console.log(out);
}
await browser.close();
