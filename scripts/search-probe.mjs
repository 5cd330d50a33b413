// Runs queries through the built site's Pagefind in Chromium and prints the top sections.
// (preview on 4400) npm exec -- node scripts/search-probe.mjs "보안 그룹" "NAT"...
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4400/aws-study-notes/');
for (const query of process.argv.slice(2)) {
  const top = await page.evaluate(async (q) => {
    const pagefind = await import('/aws-study-notes/pagefind/pagefind.js');
    const search = await pagefind.search(q);
    const out = [];
    for (const result of search.results.slice(0, 3)) {
      const data = await result.data();
      out.push(`${data.url} [${data.sub_results.slice(0, 3).map((s) => s.url.split('#')[1] ?? '-').join(', ')}] score=${result.score?.toFixed?.(2)}`);
    }
    return `${search.results.length} results: ${out.join(' | ')}`;
  }, query);
  console.log(`${query} → ${top}`);
}
await browser.close();
