import { expect, type Page, test } from '@playwright/test';
import { sitemapPaths } from './support/site';
import { type Theme, useTheme } from './support/theme';

interface Watch {
  problems: string[];
}

/** Records console errors and warnings, page errors and requests to any other host. */
function watch(page: Page): Watch {
  const watched: Watch = { problems: [] };
  const siteHost = new URL(test.info().project.use.baseURL!).host;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== siteHost) watched.problems.push(`request to ${url.host}: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watched;
}

const THEMES: Theme[] = ['light', 'dark'];

for (const path of sitemapPaths()) {
  test(`/${path} loads with no console error or warning and no request to another host`, async ({ page }) => {
    const watched = watch(page);
    for (const theme of THEMES) {
      await useTheme(page, theme);
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    expect(watched.problems).toEqual([]);
  });
}

test('a search loads only the site\'s own files and logs nothing', async ({ page }) => {
  const watched = watch(page);
  await page.goto('iam/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: '검색' }).first().click();
  await page.locator('#starlight__search input').fill('보안 그룹');
  await expect(page.locator('#starlight__search').getByRole('link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(watched.problems).toEqual([]);
});
