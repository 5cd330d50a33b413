import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';

const OFFICIAL = /^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/[^/]+\/faqs\/)/;
const OFFICIAL_DOCS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;

test('every "보충" and "답변" aside cites the official AWS documentation', async ({ page }) => {
  let count = 0;
  for (const slug of domainSlugs) {
    await page.goto(`${slug}/`);
    const asides = page.locator('.sl-markdown-content aside.starlight-aside').filter({
      has: page.locator('.starlight-aside__title', { hasText: /^(보충|답변)$/ }),
    });
    for (const aside of await asides.all()) {
      count += 1;
      const hrefs = await aside.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.some((href) => OFFICIAL.test(href)), `${slug}: ${await aside.innerText()}`).toBe(true);
    }
  }
  expect(count).toBeGreaterThanOrEqual(12);
});

test('each domain page ends with a "공식 문서" list of distinct official AWS pages, in its table of contents', async ({ page }) => {
  for (const slug of domainSlugs) {
    await page.goto(`${slug}/`);
    const hrefs = await page.locator('.official-docs li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, slug).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !OFFICIAL_DOCS.test(href)), slug).toEqual([]);
    expect(new Set(hrefs).size, slug).toBe(hrefs.length);
    await expect(page.locator('starlight-toc a[href="#official-docs"]')).toBeAttached();
  }
});
