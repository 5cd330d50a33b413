import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { CARD } from '../src/lib/card-text';
import { BASE_PATH, SITE_URL, sitemapPaths } from './support/site';
import { type Theme, useTheme } from './support/theme';
import { watch } from './support/watch';

const paths = sitemapPaths();
const THEMES: Theme[] = ['light', 'dark'];

test('the sitemap lists the home page and every domain page', () => {
  expect(paths).toEqual(expect.arrayContaining(['', ...domainSlugs.map((slug) => `${slug}/`)]));
});

// One visit per page and theme for everything a page shows by itself.
for (const path of paths) {
  test(`${BASE_PATH}${path} renders in Korean with a title, a description and a link-preview card, logging nothing in either theme`, async ({ page, request }) => {
    const watched = watch(page);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('h1')).toHaveCount(1);
    const meta = async (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');
    expect((await meta('description'))?.length).toBeGreaterThan(20);
    const url = `${SITE_URL}${BASE_PATH}${path}`;
    expect(await meta('og:url')).toBe(url);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', url);
    expect(await meta('og:type')).toBeTruthy();
    expect(await meta('og:locale')).toBe('ko_KR');
    expect(await meta('og:site_name')).toBe('AWS 스터디 노트');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('og:image:width')).toBe(String(CARD.width));
    expect(await meta('og:image:height')).toBe(String(CARD.height));
    expect(await meta('og:image:alt')).toBeTruthy();
    const image = (await meta('og:image'))!;
    expect(image).toMatch(new RegExp(`^${SITE_URL}${BASE_PATH}og/.+\\.png$`));
    const card = await request.get(image.replace(SITE_URL + BASE_PATH, ''));
    expect(card.status()).toBe(200);
    const png = await card.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD.width, CARD.height]);
    expect(watched.problems).toEqual([]);
  });
}

test('an unknown address shows the Korean 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('페이지를 찾을 수 없습니다');
  await expect(page.locator('main a[href$="/iam/"]').first()).toBeVisible();
});
