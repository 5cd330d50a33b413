import { expect, test } from '@playwright/test';
import { CARD } from '../src/route-data';
import { BASE_PATH, SITE_URL, sitemapPaths } from './support/site';

test.describe('copy a section link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy-link control puts the full URL with the English anchor on the clipboard', async ({ page, baseURL }) => {
    await page.goto('network/');
    const button = page.locator('.sl-heading-wrapper:has(#nat-gateway) .copy-section-link');
    await expect(button).toHaveAccessibleName('"NAT Gateway" 섹션 링크 복사');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveText('링크를 복사했어요');
    await expect(page.locator('#copy-link-status')).toHaveText('링크를 복사했어요');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${new URL(baseURL!).origin}${BASE_PATH}network/#nat-gateway`);
  });
});

test('a link to a section lands with its heading visible below the fixed header', async ({ page }) => {
  for (const [width, height] of [[375, 700], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.goto('serverless/#sqs-queue-types');
    const heading = page.locator('#sqs-queue-types');
    await expect(heading).toBeInViewport();
    const header = await page.locator('header.header').boundingBox();
    const box = await heading.boundingBox();
    expect(box!.y, `${width}px`).toBeGreaterThanOrEqual(header!.y + header!.height);
  }
});

for (const path of sitemapPaths()) {
  test(`/${path} has link-preview meta and a 1200×630 card`, async ({ page, request }) => {
    await page.goto(path);
    const meta = async (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');
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
    const response = await request.get(image.replace(SITE_URL + BASE_PATH, ''));
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD.width, CARD.height]);
  });
}
