import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { sitemapPaths } from './support/site';
import { pickTheme } from './support/theme';

// Each page is visited once and checked at the phone width in both themes; a theme changes only
// colours, so the second theme is checked for colour contrast alone. The desktop width adds only
// layout (sidebar, table of contents), the same on every page of a kind: it is checked on one
// domain page and on each page of another kind. The all-notes page is the domain pages' content
// under the same layout.
const PHONE = [
  { width: 375, theme: 'dark', rules: undefined },
  { width: 375, theme: 'light', rules: ['color-contrast'] },
] as const;
const DESKTOP = [
  { width: 1280, theme: 'light', rules: undefined },
  { width: 1280, theme: 'dark', rules: ['color-contrast'] },
] as const;
const phoneOnly = (path: string) => path === 'all/' || domainSlugs.slice(1).some((slug) => path === `${slug}/`);

for (const path of sitemapPaths()) {
  const checks = phoneOnly(path) ? PHONE : [...PHONE, ...DESKTOP];
  const widths = phoneOnly(path) ? '375 px' : '375 and 1280 px';
  test(`/${path}: axe finds no violation at ${widths} in the light and dark themes`, async ({ page }) => {
    // axe checks every element; the all-notes page holds all fourteen pages at once.
    test.setTimeout(['all/', 'glossary/'].includes(path) ? 300_000 : 120_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    for (const { width, theme, rules } of checks) {
      await page.setViewportSize({ width, height: 800 });
      await pickTheme(page, theme);
      const axe = new AxeBuilder({ page });
      const { violations } = await (rules ? axe.withRules([...rules]) : axe).analyze();
      const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(summary, `${width}px, ${theme}`).toEqual([]);
    }
  });
}
