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

test('previous and next links follow the course order', async ({ page }) => {
  for (const [index, slug] of domainSlugs.entries()) {
    await page.goto(`${slug}/`);
    const next = page.locator('.pagination-links a[rel="next"]');
    const previous = page.locator('.pagination-links a[rel="prev"]');
    if (index + 1 < domainSlugs.length) {
      await expect(next).toHaveAttribute('href', `${BASE_PATH}${domainSlugs[index + 1]}/`);
    } else {
      await expect(next).toHaveAttribute('href', `${BASE_PATH}all/`);
    }
    const expectedPrevious = index === 0 ? BASE_PATH : `${BASE_PATH}${domainSlugs[index - 1]}/`;
    await expect(previous).toHaveAttribute('href', expectedPrevious);
  }
});
