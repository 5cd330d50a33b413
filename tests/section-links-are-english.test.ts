import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';

for (const slug of domainSlugs) {
  test(`${slug}: every h2/h3 has a short English id and one link`, async ({ page }) => {
    await page.goto(`${slug}/`);
    const headings = page.locator('.sl-markdown-content :is(h2, h3)');
    expect(await headings.count()).toBeGreaterThan(0);
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute('id');
      expect(id, await heading.innerText()).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id!.length).toBeLessThanOrEqual(32);
      await expect(page.locator(`.section-heading:has(> [id="${id}"]) a`)).toHaveCount(1);
    }
  });
}
