// The built site the tests run against (`npm run build:test`), and what they know of its pages.
import { resolve } from 'node:path';
import { sitemapPaths as sitemapPathsOf } from '../../scripts/lib/built-site.ts';
import { TEST_BASE, TEST_SITE } from '../../src/data/site-url.mjs';

export const BASE_PATH = TEST_BASE;
export const SITE_URL = TEST_SITE;
export const DIST = resolve(import.meta.dirname, '../../dist');
// TEST_PORT lets several checkouts on one machine run their tests at once.
export const PORT = Number(process.env.TEST_PORT ?? 4399);
export { TEST_REPOSITORY as REPOSITORY } from '../../src/data/site-url.mjs';

/** Paths (relative to the base) of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  return sitemapPathsOf(DIST, BASE_PATH);
}
