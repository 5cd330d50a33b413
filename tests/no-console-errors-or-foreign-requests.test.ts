import { expect, test } from '@playwright/test';
import { watch } from './support/watch';

// Every page's own load is watched in tests/every-page.test.ts (one visit per page, with the
// offline worker blocked); here the worker registers and downloads the site too.
test.use({ serviceWorkers: 'allow' });

test('the offline worker and a search load only the site\'s own files and log nothing', async ({ page }) => {
  const watched = watch(page);
  await page.goto('iam/', { waitUntil: 'networkidle' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('button', { name: '검색' }).first().click();
  await page.locator('#starlight__search input').fill('보안 그룹');
  await expect(page.locator('#starlight__search').getByRole('link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(watched.problems).toEqual([]);
});
