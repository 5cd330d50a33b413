// Prints a page to PDF with Chromium, as a reader's "Print" would (light theme, A4).
// Usage: (preview running on 4400) npm exec -- node scripts/print-pdf.mjs [path] [out.pdf]
import { chromium } from '@playwright/test';

const [path = 'all/', out = 'screenshots/all-notes.pdf'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:4400/aws-study-notes/${path}`);
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: out, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
await browser.close();
console.log(`printed ${path} to ${out}`);
