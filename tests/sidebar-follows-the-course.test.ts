import { expect, test } from '@playwright/test';
import { domainGroups, domainSlugs } from '../src/data/domains';
import { BASE_PATH } from './support/site';

test('the sidebar lists the domains in course order, in labelled groups', async ({ page }) => {
  await page.goto('iam/');
  const sidebar = page.locator('#starlight__sidebar');
  const hrefs = await sidebar.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const expected = domainSlugs.map((slug) => `${BASE_PATH}${slug}/`);
  expect(hrefs.filter((href) => expected.includes(href!))).toEqual(expected);
  for (const group of domainGroups) {
    await expect(sidebar.getByText(group.label, { exact: true })).toBeVisible();
  }
});

test('the home page links every domain with a card, in order', async ({ page }) => {
  await page.goto('');
  const hrefs = await page.locator('.domain-cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(domainSlugs.map((slug) => `${BASE_PATH}${slug}/`));
});

// Previous and next links on each domain page: tests/every-page.test.ts.
