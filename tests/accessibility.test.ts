import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

// Each page is visited once and checked at both widths in both themes. A theme changes only
// colours, so the second theme at a width is checked for colour contrast alone.
const CHECKS = [
  { width: 1280, theme: 'light', rules: undefined },
  { width: 1280, theme: 'dark', rules: ['color-contrast'] },
  { width: 375, theme: 'dark', rules: undefined },
  { width: 375, theme: 'light', rules: ['color-contrast'] },
] as const;

async function pickTheme(page: Page, theme: 'light' | 'dark') {
  // Starlight's own theme picker; at 375 px it sits in the mobile menu, so set it from script.
  await page.locator('starlight-theme-select select').first().evaluate((select: HTMLSelectElement, value) => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const path of sitemapPaths()) {
  test(`/${path}: axe finds no violation at 1280 and 375 px in the light and dark themes`, async ({ page }) => {
    // axe checks every element; the all-notes page holds all fourteen pages at once.
    test.setTimeout(['all/', 'glossary/'].includes(path) ? 300_000 : 120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    for (const { width, theme, rules } of CHECKS) {
      await page.setViewportSize({ width, height: 800 });
      await pickTheme(page, theme);
      const axe = new AxeBuilder({ page });
      const { violations } = await (rules ? axe.withRules([...rules]) : axe).analyze();
      const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary, `${width}px, ${theme}`).toEqual([]);
    }
  });
}
