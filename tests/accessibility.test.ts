import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';
import { type Theme, useTheme } from './support/theme';

const WIDTHS = [375, 1280];
const THEMES: Theme[] = ['light', 'dark'];

for (const path of sitemapPaths()) {
  for (const theme of THEMES) {
    test(`/${path}: axe finds no violation in the ${theme} theme at ${WIDTHS.join(' and ')} px`, async ({ page }) => {
      // axe checks every element; the all-notes page holds all fourteen pages at once.
      test.setTimeout(path === 'all/' ? 300_000 : 90_000);
      await useTheme(page, theme);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(summary, `${width}px`).toEqual([]);
      }
    });
  }
}
