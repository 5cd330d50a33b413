// What a page costs a reader, measured in Chromium from a built site (served by
// scripts/lib/static-server.ts): bytes of HTML and of JavaScript (external scripts, the modules
// they import, and inline scripts).
import type { Page, Request } from '@playwright/test';

export interface PageWeight {
  htmlBytes: number;
  jsBytes: number;
  scripts: string[];
}

/** Weighs `path` of the site served at `siteUrl` (its address, ending in the base path). */
export async function weighPage(page: Page, siteUrl: string, path: string): Promise<PageWeight> {
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
  const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
  // What loads after the page: Starlight's search UI, when the browser is first idle (on a busy
  // machine that can come after the network has gone quiet, so waiting for a quiet network is
  // not enough). Wait until the UI has filled its box, then for what is still loading. (A page
  // whose idle moment never comes fails here rather than hanging the caller.)
  await page.locator('#starlight__search > *').first().waitFor({ state: 'attached', timeout: 20_000 });
  while (pending.size) await Promise.race([page.waitForEvent('requestfinished'), page.waitForEvent('requestfailed')]);
  const htmlBytes = (await response!.body()).length;
  const jsBytes = (await Promise.all(scriptSizes)).reduce((sum, size) => sum + size, 0);
  const inline = await page.locator('script:not([src])').evaluateAll((elements) =>
    elements.filter((e) => !e.getAttribute('type') || /javascript|module/.test(e.getAttribute('type')!))
      .reduce((sum, e) => sum + new TextEncoder().encode(e.textContent ?? '').length, 0));
  return { htmlBytes, jsBytes: jsBytes + inline, scripts };
}
