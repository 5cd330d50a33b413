import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { noteFragments, withoutWhiteSpace } from './support/notes';

test('every line and table cell of the original notes appears in a domain page', async ({ page }) => {
  const pageTexts: string[] = [];
  for (const slug of domainSlugs) {
    await page.goto(`${slug}/`);
    pageTexts.push(withoutWhiteSpace(await page.locator('main').innerText()));
  }
  const fragments = noteFragments();
  expect(fragments.length).toBeGreaterThan(250);
  const missing = fragments.filter((fragment) => !pageTexts.some((text) => text.includes(fragment)));
  expect(missing, 'lines of the notes not found on any domain page').toEqual([]);
});

test('characters MDX treats specially render as written', async ({ page }) => {
  await page.goto('connectivity/');
  await expect(page.locator('main')).toContainText('(현재는 지원하지 않음) <- 라우팅 테이블에 연결해줬어야함');
});
