// Runs a query through the built site's real Pagefind bundle in the page, and reports the
// results as a reader sees them in Starlight's search: pages in Pagefind's order, each with the
// three sections that hold the most matches (what Pagefind's UI shows under a page). The query
// goes through the same processing the search dialog applies (src/search/process-term.ts).
import type { Page } from '@playwright/test';
import { processTerm } from '../../src/search/process-term';

export interface PageHit {
  /** Path below the base, e.g. "network/". */
  page: string;
  /** Section ids, the one with most matches first. */
  sections: string[];
}

export async function searchSite(page: Page, base: string, query: string): Promise<PageHit[]> {
  return page.evaluate(
    async ({ base, query }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const search = await pagefind.search(query);
      const hits = [];
      for (const result of search.results.slice(0, 5)) {
        const data = await result.data();
        const sections = [...data.sub_results]
          .map((sub: { url: string; locations: number[] }, order: number) => ({ sub, order }))
          .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order)
          .slice(0, 3)
          .map(({ sub }) => new URL(sub.url, location.href).hash.slice(1));
        hits.push({ page: new URL(data.url, location.href).pathname.slice(base.length), sections });
      }
      return hits;
    },
    { base, query: processTerm(query) },
  );
}
