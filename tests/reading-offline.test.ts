// A reader on the subway: after one visit the whole site (pages, diagrams in both themes, the
// search) opens without a connection, a new deploy shows up as a notice, and the site installs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, expect, type Page, test } from '@playwright/test';
import { buildServiceWorkers, precachedFiles } from '../src/offline/service-workers';
import { serveSite } from '../scripts/lib/static-server.ts';
import { BASE_PATH, sitemapPaths } from './support/site';

const DIST = resolve(import.meta.dirname, '../dist');
const NOTICE = '새 노트가 있어요 · 새로고침';
const SEARCHES = ['보안 그룹', 'NAT', 'RPO'];
const PRECACHE_BUDGET = 2 * 1024 * 1024;

test.use({ serviceWorkers: 'allow' });

/** Waits until the offline worker is active and controls `page`. */
async function waitForWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every URL in the site's Cache Storage. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
    return urls;
  });
}

test('after one visit, every page, both diagram themes and the search open without a connection', async ({ page, context }) => {
  test.setTimeout(240_000);
  const failed: string[] = [];
  // ERR_ABORTED is a request the page dropped by moving on (e.g. the search UI that Starlight loads
  // when idle); what offline breaks fails otherwise (ERR_INTERNET_DISCONNECTED, ERR_FAILED).
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${error})`);
  });
  await page.goto('');
  await waitForWorker(page);
  // A link-preview card fetched through the worker is not kept: only chat apps use them.
  expect((await page.evaluate((url) => fetch(url).then((response) => response.status), 'og/iam.png'))).toBe(200);
  await context.setOffline(true);

  for (const path of sitemapPaths()) {
    const response = await page.goto(path);
    expect.soft(response?.ok(), `/${path} opens offline`).toBe(true);
    await expect.soft(page.locator('main h1').first()).toBeVisible();
  }

  await page.goto('network/');
  const figure = page.locator('.sl-markdown-content figure.diagram').first();
  for (const theme of ['dark', 'light'] as const) {
    await page.locator('starlight-theme-select select').first().selectOption(theme);
    const image = figure.locator(`.diagram-${theme} img`);
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), `${theme} diagram drawn`).toBeGreaterThan(0);
  }

  await page.getByRole('button', { name: '검색' }).first().click();
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  for (const query of SEARCHES) {
    // Results of the previous query go first, so that these are the new query's.
    await page.locator('#starlight__search input').fill('');
    await expect(results).toHaveCount(0);
    await page.locator('#starlight__search input').fill(query);
    await expect(results.first(), `results for "${query}"`).toBeVisible();
  }
  const target = new URL((await results.first().getAttribute('href'))!, page.url()).pathname;
  await results.first().click();
  await expect(page).toHaveURL((url) => url.pathname === target);
  await expect(page.locator('main h1').first()).toBeVisible();

  expect((await cachedUrls(page)).filter((url) => url.includes('/og/'))).toEqual([]);
  expect(failed).toEqual([]);
});

test(`a reader with the old version open sees "${NOTICE}", and the new notes after the reload`, async ({ page }) => {
  test.setTimeout(120_000);
  // The first deploy is the site as built; the next one a changed copy.
  const second = mkdtempSync(join(tmpdir(), 'deploy-'));
  cpSync(DIST, second, { recursive: true });
  // The next deploy: one page gains a line, and the workers are generated again from that build.
  const line = '새로 배포한 노트 한 줄';
  const changed = join(second, 'iam/index.html');
  const html = readFileSync(changed, 'utf8');
  expect(html).toContain('<div class="sl-markdown-content">');
  writeFileSync(changed, html.replace('<div class="sl-markdown-content">', `$&<p>${line}</p>`));
  await buildServiceWorkers(second, BASE_PATH);
  const site = await serveSite(DIST, BASE_PATH);
  try {
    await page.goto(`${site.url}iam/`);
    await waitForWorker(page);
    site.deploy(second);
    await page.goto(`${site.url}iam/`);
    const notice = page.getByRole('button', { name: NOTICE });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Its styles come with it (not with every page's CSS): kept clear of the page, at the bottom.
    await expect(page.locator('output.update-notice')).toHaveCSS('position', 'fixed');
    // Until the reader accepts, the page stays the version its files belong to.
    await expect(page.getByText(line)).toHaveCount(0);
    await notice.click();
    await expect(page.getByText(line)).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    await site.close();
    rmSync(second, { recursive: true, force: true });
  }
});

test('the worker registers only after the page has loaded, so the first visit is not slower', async ({ page }) => {
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      (window as Window & { registeredAt?: number }).registeredAt = performance.now();
      return register(...args);
    };
  });
  await page.goto('network/');
  // Once the page has registered the worker (not once the worker has precached the site).
  const registered = await page.waitForFunction(() => {
    const registeredAt = (window as Window & { registeredAt?: number }).registeredAt;
    return registeredAt !== undefined && { registeredAt, loadAt: performance.getEntriesByType('navigation')[0]!.toJSON().loadEventStart as number };
  }, undefined, { polling: 100 });
  const { registeredAt, loadAt } = (await registered.jsonValue()) as { registeredAt: number; loadAt: number };
  expect(loadAt).toBeGreaterThan(0);
  expect(registeredAt).toBeGreaterThanOrEqual(loadAt);
  // Nor does the first visit fetch the manifest (and the icon Chrome fetches with it) while loading.
  expect(await (await page.request.get('network/')).text()).not.toContain('rel="manifest"');
  await expect(page.locator('link[rel="manifest"]')).toBeAttached();
});

test('on a save-data connection the worker keeps only the pages the reader opens', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await page.goto('iam/');
  expect(await page.evaluate(() => (navigator as Navigator & { connection: { saveData: boolean } }).connection.saveData)).toBe(true);
  await waitForWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toMatch(/\/sw-lite\.js$/);
  await page.reload();
  await context.setOffline(true);
  expect((await page.reload())?.ok()).toBe(true);
  await expect(page.locator('main h1').first()).toBeVisible();
  const cached = await cachedUrls(page);
  expect(cached.some((url) => url.endsWith('/iam/'))).toBe(true);
  expect(cached.filter((url) => url.includes('/network/'))).toEqual([]);
  await expect(page.goto('network/')).rejects.toThrow();
});

test('the site installs: a Korean manifest with icons, start URL and scope under the base path', async ({ page, baseURL }) => {
  // Chromium offers no installation in an incognito profile, which test contexts are.
  const profile = mkdtempSync(join(tmpdir(), 'profile-'));
  const installed = await chromium.launchPersistentContext(profile, test.info().project.use.launchOptions);
  try {
    const home = await installed.newPage();
    await home.goto(baseURL!);
    await expect(home.locator('link[rel="manifest"]')).toBeAttached();
    const cdp = await installed.newCDPSession(home);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  } finally {
    await installed.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await page.goto('');
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'AWS 스터디 노트', lang: 'ko', start_url: BASE_PATH, scope: BASE_PATH });
  for (const icon of manifest.icons) {
    const png = (await (await page.request.get(icon.src)).body());
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('the precache list comes from the build: every page and search file, no cards, under 2 MB compressed', async () => {
  const files = await precachedFiles(DIST);
  for (const path of sitemapPaths()) expect(files, `/${path}`).toContain(`${path}index.html`);
  expect(files.filter((file) => file.startsWith('og/'))).toEqual([]);
  const search = await Array.fromAsync(glob('pagefind/**/*.{js,json,pagefind,pf_meta,pf_index,pf_fragment}', { cwd: DIST }));
  const unused = /pagefind-(ui|component-ui|modular-ui)\.js$/;
  expect(search.length).toBeGreaterThan(sitemapPaths().length);
  expect(files).toEqual(expect.arrayContaining(search.filter((file) => !unused.test(file))));
  // As GitHub Pages sends them: gzip, except for what Pagefind and PNG have compressed already.
  const compressed = files.reduce((sum, file) => {
    const body = readFileSync(join(DIST, file));
    return sum + (/\.(pf_[a-z]+|pagefind|png)$/.test(file) ? body.length : gzipSync(body).length);
  }, 0);
  console.log(`precache: ${files.length} files, ${(compressed / 1024).toFixed(0)} KB compressed`);
  expect(compressed).toBeLessThanOrEqual(PRECACHE_BUDGET);
});
