import { expect, test } from '@playwright/test';

// Pages prefetch same-site links through the browser's speculation rules (no JavaScript): on
// hover the next page is fetched, so the click opens it at once.
test('hovering a link to another page of the site prefetches that page', async ({ page }) => {
  await page.goto('network/');
  const next = page.locator('.pagination-links a[rel="next"]');
  const href = new URL((await next.getAttribute('href'))!, page.url()).pathname;
  const prefetched = page.waitForRequest(
    (request) => new URL(request.url()).pathname === href && /prefetch/.test(request.headers()['sec-purpose'] ?? ''),
    { timeout: 5_000 },
  );
  await next.hover();
  await prefetched;
});

test('no page loads a script to prefetch links', async ({ page }) => {
  await page.goto('network/');
  const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent())!);
  expect(rules.prefetch[0].where.href_matches).toBe(`${new URL(page.url()).pathname.replace(/network\/$/, '')}*`);
  // Astro's prefetch script would be one of the page's module scripts (which include the offline
  // worker's registration, src/offline/).
  const scripts = await page.locator('script[src*="/_astro/"]').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(await (await page.request.get(src)).text(), src).not.toMatch(/prefetch/i);
});
