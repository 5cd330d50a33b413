import { expect, test } from '@playwright/test';
import { glossary } from './support/data';
import { BASE_PATH } from './support/site';

// Whether each entry's section exists is checked when the glossary page is built
// (src/data/glossary-links.ts, tests/unit/glossary-links.test.ts).
test('the glossary page lists every entry alphabetically, linking to its section and its docs', async ({ page }) => {
  await page.goto('glossary/');
  const collator = new Intl.Collator(['en', 'ko'], { sensitivity: 'base', numeric: true });
  for (const group of ['latin', 'hangul']) {
    const terms = await page.locator(`section[aria-labelledby="${group}"] dt`).evaluateAll((dts) => dts.map((dt) => dt.firstChild?.textContent?.trim() ?? ''));
    expect(terms).toEqual([...terms].sort(collator.compare));
  }
  const shown = await page.locator('.glossary-entry').evaluateAll((items) =>
    items.map((item) => `${item.id} ${[...item.querySelectorAll('.glossary-links a')].map((a) => a.getAttribute('href')).join(' ')}`));
  expect(shown.sort()).toEqual(glossary.map((entry) => `${entry.id} ${BASE_PATH}${entry.page}/#${entry.anchor} ${entry.docs}`).sort());
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
