import { expect, test } from '@playwright/test';
import { BASE_PATH } from './support/site';

// Each page's link-preview meta and card: tests/pages-render.test.ts.

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
