import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { noteFragments, withoutWhiteSpace } from './support/notes';

// Compared with the current MDX, not a frozen copy: fixing a typo in a note changes both sides.
for (const slug of domainSlugs) {
  test(`every note line and heading written in ${slug}.mdx reaches the page`, async ({ page }) => {
    await page.goto(`${slug}/`);
    const text = withoutWhiteSpace(await page.locator('main').innerText());
    const fragments = noteFragments(slug);
    expect(fragments.length).toBeGreaterThan(3);
    expect(fragments.filter((fragment) => !text.includes(fragment)), 'lines written in the MDX but missing on the page').toEqual([]);
  });
}

test('characters MDX treats specially render as written', async ({ page }) => {
  await page.goto('connectivity/');
  await expect(page.locator('main')).toContainText('(현재는 지원하지 않음) <- 라우팅 테이블에 연결해줬어야함');
  await page.goto('iam/');
  await expect(page.locator('main')).toContainText('Managed(1:N), Inline(1:1)');
});
