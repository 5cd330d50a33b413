import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, scheme] of [[375, 'light'], [1280, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 }, colorScheme: scheme });
  await page.goto('http://localhost:4400/aws-study-notes/iam/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: '검색' }).first().click();
  await page.locator('#starlight__search input').fill(process.argv[2] ?? '보안그룹 뭐야');
  await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/search-${w}.png` });
}
await browser.close();
