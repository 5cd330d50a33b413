// What a page costs a reader, measured in Chromium from a built dist/ folder served through
// request interception (no server, no network): bytes of HTML and of JavaScript (external
// scripts, the modules they import, and inline scripts).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { distFile } from './built-site.ts';

const ORIGIN = 'http://site.test';
export const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
};

export interface PageWeight {
  htmlBytes: number;
  jsBytes: number;
  scripts: string[];
}

/** Serves `dist` (built with `base`) at http://site.test and weighs `path`. */
export async function weighPage(page: Page, dist: string, base: string, path: string): Promise<PageWeight> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = distFile(dist, base, new URL(route.request().url()).pathname);
    if (!file) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const scripts: string[] = [];
  const scriptSizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(new URL(response.url()).pathname);
    scriptSizes.push(response.body().then((body) => body.length));
  });
  const pending = new Set<Request>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  const response = await page.goto(`${ORIGIN}${base}${path}`, { waitUntil: 'networkidle' });
  // Starlight loads its search UI when the browser is first idle, which on a busy machine can come
  // after the network has gone quiet: wait for that idle moment, then for what it requested.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));
  while (pending.size) await Promise.race([page.waitForEvent('requestfinished'), page.waitForEvent('requestfailed')]);
  const htmlBytes = (await response!.body()).length;
  const jsBytes = (await Promise.all(scriptSizes)).reduce((sum, size) => sum + size, 0);
  const inline = await page.locator('script:not([src])').evaluateAll((elements) =>
    elements.filter((e) => !e.getAttribute('type') || /javascript|module/.test(e.getAttribute('type')!))
      .reduce((sum, e) => sum + new TextEncoder().encode(e.textContent ?? '').length, 0));
  return { htmlBytes, jsBytes: jsBytes + inline, scripts };
}
