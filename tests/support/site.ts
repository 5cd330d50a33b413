// The built site the tests run against, and what they know of its pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASE_PATH = '/aws-study-notes/';
// TEST_PORT lets several checkouts on one machine run their tests at once.
export const PORT = Number(process.env.TEST_PORT ?? 4399);
export const SITE_URL = 'https://aws-study.github.io';
// GITHUB_REPOSITORY in `npm run build:test`: where "이 페이지 편집" leads.
export const REPOSITORY = 'aws-study/aws-study-notes';

/** Paths (relative to the base) of every page in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
    const path = new URL(loc).pathname;
    if (!path.startsWith(BASE_PATH)) throw new Error(`Sitemap URL ${loc} is outside ${BASE_PATH}`);
    return path.slice(BASE_PATH.length);
  });
}

/** The file in `dist` (built with `base`) that a URL path is served from, or undefined outside the base. */
export function distFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const file = join(dist, decodeURIComponent(pathname.slice(base.length)));
  return pathname.endsWith('/') ? join(file, 'index.html') : file;
}
