import { expect, test } from '@playwright/test';
import { BASE_PATH } from './support/site';

// Each page's link-preview meta and card: tests/every-page.test.ts; each section's: section-links-preview-and-open-the-section.test.ts.

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
