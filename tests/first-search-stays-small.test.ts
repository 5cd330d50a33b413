import { expect, test } from '@playwright/test';
import { firstSearch } from '../scripts/lib/first-search';
import { BASE_PATH, DIST } from './support/site';

// A reader on a phone waits for every byte of the first search; later searches reuse them.
const FIRST_SEARCH_BUDGET = 110 * 1024;

for (const query of ['보안 그룹', 'NAT', 'RPO', 'S3 버킷 암호화']) {
  test(`a first search for "${query}" downloads at most 110 KB`, async ({ browser, baseURL }) => {
    // Like the test's own pages (playwright.config.ts): the offline worker would download the site meanwhile.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const search = await firstSearch(context, new URL('iam/', baseURL).href, DIST, BASE_PATH, query);
      console.log(`first search "${query}": ${search.bytes} B`);
      expect(search.bytes, JSON.stringify(search.files, null, 1)).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
      expect(Object.keys(search.files)).toContain('pagefind/wasm.unknown.pagefind');
    } finally {
      await context.close();
    }
  });
}
