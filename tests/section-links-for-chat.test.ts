import { expect, test } from '@playwright/test';
import { CARD } from '../src/lib/card-text';
import { BASE_PATH, SITE_URL, sitemapPaths } from './support/site';

test.describe('copy a section link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test("a heading's one link copies the section's shareable URL, says so and moves to the section", async ({ page, baseURL }) => {
    await page.goto('network/');
    const heading = page.locator('.section-heading:has(> #nat-gateway)');
    const controls = heading.locator('a, button, [tabindex]');
    await expect(controls).toHaveCount(1);
    const link = controls.first();
    await expect(link).toHaveAccessibleName('“NAT Gateway” 섹션 링크 복사');
    await link.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: '복사' });
    await expect(status).toHaveText('링크를 복사했어요');
    await expect(status).toBeInViewport();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}${BASE_PATH}network/nat-gateway/`);
    await expect(page).toHaveURL(/\/network\/#nat-gateway$/);
    await expect(page.locator('#nat-gateway')).toBeInViewport();
  });
});

test('when the clipboard refuses, the link says how to copy it instead', async ({ page }) => {
  await page.goto('network/');
  await page.evaluate(() => (navigator.clipboard.writeText = () => Promise.reject(new Error('blocked'))));
  await page.locator('.section-heading:has(> #vpc) a').click();
  await expect(page.getByRole('status').filter({ hasText: '복사' })).toHaveText(/^복사하지 못했어요/);
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
