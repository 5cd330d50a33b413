import { expect, test } from '@playwright/test';
import { readGlossary } from '../src/data/glossary';
import { BASE_PATH } from './support/site';

const glossary = readGlossary();

test('the glossary has at least 60 entries, each with an official AWS documentation link', () => {
  expect(glossary.length).toBeGreaterThanOrEqual(60);
  for (const entry of glossary) expect(entry.docs, entry.id).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
});

test('the glossary page lists every entry alphabetically, linking to its section and its docs', async ({ page, request }) => {
  await page.goto('glossary/');
  const collator = new Intl.Collator(['en', 'ko'], { sensitivity: 'base', numeric: true });
  for (const group of ['latin', 'hangul']) {
    const terms = await page.locator(`section[aria-labelledby="${group}"] dt`).evaluateAll((dts) => dts.map((dt) => dt.firstChild?.textContent?.trim() ?? ''));
    expect(terms).toEqual([...terms].sort(collator.compare));
  }
  await expect(page.locator('.glossary-entry')).toHaveCount(glossary.length);
  const pageHtml = new Map<string, string>();
  for (const entry of glossary) {
    const item = page.locator(`.glossary-entry#${entry.id}`);
    await expect(item.locator(`a[href="${entry.docs}"]`)).toHaveCount(1);
    const href = `${BASE_PATH}${entry.page}/#${entry.anchor}`;
    await expect(item.locator(`a[href="${href}"]`)).toHaveCount(1);
    if (!pageHtml.has(entry.page)) pageHtml.set(entry.page, await (await request.get(`${entry.page}/`)).text());
    expect(pageHtml.get(entry.page), `${entry.id} → ${href}`).toContain(`id="${entry.anchor}"`);
  }
});

test('the first use of an abbreviation explains it on hover and keyboard focus, linking to the glossary', async ({ page }) => {
  await page.goto('network/');
  const term = page.locator('.sl-markdown-content .term').filter({ has: page.locator('button', { hasText: /^NAT$/ }) }).first();
  await expect(page.locator('.sl-markdown-content .term-abbr', { hasText: /^NAT$/ })).toHaveCount(1);
  const tip = term.locator('.term-tip');
  await expect(tip).toBeHidden();
  await term.locator('button').hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Network Address Translation');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await term.locator('button').focus();
  await expect(tip).toBeVisible();
  await expect(term.locator('button')).toHaveAccessibleDescription(/Network Address Translation/);
  await page.keyboard.press('Tab');
  await expect(tip.locator('a')).toBeFocused();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/glossary\/#nat-gateway$/);
  await expect(page.locator('#nat-gateway')).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  test('tapping an abbreviation shows its explanation', async ({ page }) => {
    await page.goto('serverless/');
    const term = page.locator('.sl-markdown-content .term').first();
    await term.locator('button').scrollIntoViewIfNeeded();
    await term.locator('button').tap();
    await expect(term.locator('.term-tip')).toBeVisible();
    const box = await term.locator('.term-tip').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  });
});
