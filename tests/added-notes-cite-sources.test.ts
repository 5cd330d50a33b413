import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { readGlossary } from '../src/data/glossary';

const OFFICIAL = /^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/[^/]+\/faqs\/)/;

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

test('each domain page ends with official documentation links taken from the glossary', async ({ page }) => {
  const glossary = readGlossary();
  for (const slug of domainSlugs) {
    await page.goto(`${slug}/`);
    const hrefs = await page.locator('.official-docs li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = [...new Set(glossary.filter((entry) => entry.page === slug).map((entry) => entry.docs))];
    expect([...hrefs].sort(), slug).toEqual([...expected].sort());
    expect(hrefs.length, slug).toBeGreaterThan(0);
    await expect(page.locator('starlight-toc a[href="#official-docs"]')).toBeAttached();
  }
});
