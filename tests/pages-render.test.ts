import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { BASE_PATH, sitemapPaths } from './support/site';

const paths = sitemapPaths();

test('the sitemap lists the home page and every domain page', () => {
  expect(paths).toEqual(expect.arrayContaining(['', ...domainSlugs.map((slug) => `${slug}/`)]));
});

for (const path of paths) {
  test(`${BASE_PATH}${path} renders in Korean with a title and description`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('h1')).toHaveCount(1);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
  });
}

test('an unknown address shows the Korean 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('페이지를 찾을 수 없습니다');
  await expect(page.locator('main a[href$="/iam/"]').first()).toBeVisible();
});
