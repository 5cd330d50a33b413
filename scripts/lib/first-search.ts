// What a reader's first search downloads: everything the page fetches from the moment the search
// opens until the results are shown (Pagefind's script, WASM, index chunks, fragments), counted as
// GitHub Pages sends it: gzip for text files, as is for the files Pagefind already compresses.
// Sizes come from dist/, because the browser reports no body size for some requests.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from '@playwright/test';
import { distFile } from './built-site.ts';

const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

export function servedBytes(dist: string, base: string, pathname: string): number {
  const file = distFile(dist, base, pathname)!;
  const body = readFileSync(file);
  return PRECOMPRESSED.test(file) ? body.length : gzipSync(body).length;
}

export interface FirstSearch {
  bytes: number;
  /** Bytes by path below the base. */
  files: Record<string, number>;
  /** From typing the query to the first result on screen. */
  ms: number;
}

/** Opens `pageUrl` in a fresh `context`, waits until it is idle, then searches for `query`. */
export async function firstSearch(context: BrowserContext, pageUrl: string, dist: string, base: string, query: string): Promise<FirstSearch> {
  const fetched: string[] = [];
  let searching = false;
  // Context-level events also see requests made by workers; not the offline service worker's
  // precache download, which runs in the background after the page has loaded (src/offline/).
  const inFlight = new Set<Request>();
  let settled: (() => void) | undefined;
  const done = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) settled?.();
  };
  context.on('request', (request) => {
    if (!request.serviceWorker()) inFlight.add(request);
  });
  context.on('requestfailed', done);
  context.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (searching && pathname.startsWith(base) && !request.serviceWorker()) fetched.push(pathname);
    done(request);
  });
  const page = await context.newPage();
  // What the page loads by itself is page weight, including the search UI that Starlight
  // loads when the page is idle (its input appears once it has).
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await page.locator('#starlight__search input').waitFor({ state: 'attached' });
  searching = true;
  await page.getByRole('button', { name: '검색' }).first().click();
  const start = Date.now();
  await page.locator('#starlight__search input').fill(query);
  await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
  const ms = Date.now() - start;
  // Results fetch their fragments after the first one is shown: count until the last has arrived.
  await page.waitForLoadState('networkidle');
  if (inFlight.size > 0) await new Promise<void>((resolve) => (settled = resolve));
  const files = Object.fromEntries(fetched.map((pathname) => [pathname.slice(base.length), servedBytes(dist, base, pathname)]));
  return { bytes: Object.values(files).reduce((sum, size) => sum + size, 0), files, ms };
}
