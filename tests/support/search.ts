// Searches the way a reader does: types into the site's own search box and reads the results as
// they appear on screen, in the order shown (pages in the order listed, each page's section
// links in the order listed under it).
import type { Locator, Page } from '@playwright/test';

export interface PageHit {
  /** Path below the base, e.g. "network/". */
  page: string;
  /** Ids of the section links shown under the page, top to bottom. */
  sections: string[];
}

/** Opens the search dialog and returns its input. */
export async function openSearch(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '검색' }).first().click();
  return page.locator('#starlight__search input');
}

/**
 * Types `query` into the open search box and returns the results shown for it, once the
 * result count names this query and the listed results have loaded.
 */
export async function searchAsReader(page: Page, base: string, query: string, shown = 3): Promise<PageHit[]> {
  await page.locator('#starlight__search input').fill(query);
  await page.waitForFunction(
    ({ query, shown }) => {
      const box = document.querySelector('#starlight__search');
      const message = box?.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (!message.startsWith(`${query}: 결과`)) return false;
      const results = [...(box?.querySelectorAll('.pagefind-ui__result') ?? [])].slice(0, shown);
      return results.every((result) => !result.querySelector('.pagefind-ui__loading'));
    },
    { query, shown },
    // Polled on a timer, not on every animation frame: many tabs search at once.
    { polling: 50, timeout: 20_000 },
  );
  return page.locator('#starlight__search .pagefind-ui__result').evaluateAll(
    (results, { base, shown }) =>
      results.slice(0, shown).map((result) => {
        const [pageLink, ...sectionLinks] = [...result.querySelectorAll<HTMLAnchorElement>('a.pagefind-ui__result-link')].map(
          (link) => new URL(link.href),
        );
        return {
          page: pageLink.pathname.slice(base.length),
          sections: sectionLinks.map((url) => url.hash.slice(1)),
        };
      }),
    { base, shown },
  );
}
