// A built site in a dist/ folder, as the tests and the bench read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths (relative to `base`) of every page in the sitemap of `dist`. */
export function sitemapPaths(dist: string, base: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
    const path = new URL(loc).pathname;
    if (!path.startsWith(base)) throw new Error(`Sitemap URL ${loc} is outside ${base}`);
    return path.slice(base.length);
  });
}

/** The file in `dist` (built with `base`) that a URL path is served from, or undefined outside the base. */
export function distFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const file = join(dist, decodeURIComponent(pathname.slice(base.length)));
  return pathname.endsWith('/') ? join(file, 'index.html') : file;
}
