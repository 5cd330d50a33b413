import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { allNoteFragments, withoutWhiteSpace } from './support/notes';
import { BASE_PATH } from './support/site';

test('the all-notes page holds every note line of every domain page', async ({ page }) => {
  await page.goto('all/');
  // The browser renders a domain only near the screen (content-visibility), so read each one as a
  // reader scrolling down would see it.
  const texts: string[] = [];
  for (const section of await page.locator('.all-notes-domain').all()) {
    await section.scrollIntoViewIfNeeded();
    // Its contents are laid out once it is near the screen.
    await expect.poll(() => section.evaluate((element) => element.lastElementChild!.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
    texts.push(await section.innerText());
  }
  const text = withoutWhiteSpace(texts.join('\n'));
  const missing = allNoteFragments().filter((fragment) => !text.includes(fragment));
  expect(missing).toEqual([]);
});

test('the all-notes page follows the course order with one section per domain and unique ids', async ({ page }) => {
  await page.goto('all/');
  const links = await page.locator('.all-notes-domain > h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(domainSlugs.map((slug) => `${BASE_PATH}${slug}/`));
  const ids = await page.locator('main [id]').evaluateAll((elements) => elements.map((e) => e.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  // Each domain's own h2 sits one level below the domain title.
  await expect(page.locator('.all-notes-domain h3#root-account')).toHaveCount(1);
});

test('the all-notes page is left out of search so results point at the domain pages', async ({ page }) => {
  await page.goto('all/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
});

test('printed, the all-notes page holds every line too', async ({ page }) => {
  await page.goto('all/');
  await page.emulateMedia({ media: 'print' });
  const text = withoutWhiteSpace(await page.locator('main').innerText());
  expect(allNoteFragments().filter((fragment) => !text.includes(fragment))).toEqual([]);
});

test('printing the all-notes page hides navigation and prints tables whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('all/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('header site-search')).toBeHidden();
  await expect(page.locator('header starlight-theme-select')).toBeHidden();
  const frame = page.locator('.table-scroll').first();
  const overflow = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, style: getComputedStyle(el).overflowX }));
  expect(overflow.style).toBe('visible');
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});
