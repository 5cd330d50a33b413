// Prints a page to PDF with Chromium, as a reader's "Print" would (light theme, A4).
// Usage: (npm run build:test, then npm run preview -- --port 4400) npm exec -- node scripts/print-pdf.mjs [path] [out.pdf]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { TEST_BASE } from '../src/data/site-url.mjs';

const [path = 'all/', out = 'screenshots/all-notes.pdf'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:4400${TEST_BASE}${path}`);
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: out, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
await browser.close();
console.log(`printed ${path} to ${out}`);
