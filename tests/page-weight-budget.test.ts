import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BARE_STARLIGHT_DIST } from '../scripts/lib/bare-starlight.ts';
import { weighPage } from '../scripts/lib/page-weight.ts';
import { distFile } from '../scripts/lib/built-site.ts';
import { serveSite } from '../scripts/lib/static-server.ts';
import { BASE_PATH, DIST, sitemapPaths } from './support/site';

// The site's own scripts (copying section links, Korean query processing, highlighting searched
// words, remembering self-check answers) are paid for by leaving out Astro's prefetch script,
// which speculation rules replace. Diagrams, glossary tooltips and cards ship no JavaScript.
// Offline reading (src/offline/) is one exception, measured under /aws-study-notes/: the worker
// registration, manifest link and update notice with its stylesheet link (874 B of the page script) and Pagefind's metaCacheTag option (17 B).
const OFFLINE_JS = 891;
const HTML_BUDGET = 120 * 1024;
const ALL_NOTES_HTML_BUDGET = 400 * 1024;
// Study progress (src/progress/page.ts: the sidebar and home progress, the self-check's record,
// 오답노트 entries, pages read) costs every page this many bytes over bare Starlight.
const STUDY_PROGRESS_JS = 987;
// Both ride in one script (src/components/PageScript.astro) and the progress chunk it shares with
// the exam, 오답노트 and progress pages: two files where bare Starlight has Astro's prefetch script,
// so one file more, and no request for the worker registration alone (that slowed the first visit).
const EXTRA_SCRIPT_FILES = 1;
// The exam, 오답노트 and progress pages load their own script on top, each within this (gzip),
// and the exam page lists every question for readers without JavaScript.
const OWN_SCRIPT_PAGES = ['exam/', 'review/', 'progress/'];
const OWN_SCRIPT_GZIP_BUDGET = 15 * 1024;
const htmlBudget = (path: string) => (path === 'all/' || path === 'exam/' ? ALL_NOTES_HTML_BUDGET : HTML_BUDGET);

test('every page ships no more JavaScript than bare Starlight plus study progress and offline reading, and light HTML', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  expect(existsSync(BARE_STARLIGHT_DIST), '`npm run build:test` builds bare Starlight beside the site').toBe(true);
  const weigh = async (siteUrl: string, path: string) => {
    // Like the test's own pages (playwright.config.ts): the offline worker would download the site meanwhile.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      return await weighPage(await context.newPage(), siteUrl, path);
    } finally {
      await context.close();
    }
  };
  const bare = await serveSite(BARE_STARLIGHT_DIST, '/');
  const { jsBytes: bareJs, scripts: bareScripts } = await weigh(bare.url, 'guide/').finally(() => bare.close());
  expect(bareJs).toBeGreaterThan(10_000);
  const rows: string[] = [];
  const domainScripts = (await weigh(baseURL!, 'iam/')).scripts;
  expect(domainScripts.length, `/iam/ scripts: ${domainScripts.join(', ')}`).toBeLessThanOrEqual(bareScripts.length + EXTRA_SCRIPT_FILES);
  const scriptFile = (script: string) => readFileSync(distFile(DIST, BASE_PATH, script)!);
  // Four pages at a time: each waits for the search UI that the browser loads when idle.
  const paths = sitemapPaths();
  const weights: Awaited<ReturnType<typeof weigh>>[] = [];
  for (let i = 0; i < paths.length; i += 4) weights.push(...(await Promise.all(paths.slice(i, i + 4).map((path) => weigh(baseURL!, path)))));
  for (const [index, path] of paths.entries()) {
    const weight = weights[index];
    let jsBytes = weight.jsBytes;
    const extraScripts = weight.scripts.filter((script) => !domainScripts.includes(script));
    if (!OWN_SCRIPT_PAGES.includes(path)) expect.soft(extraScripts, `/${path} scripts a domain page does not load`).toEqual([]);
    else {
      const own = extraScripts.map(scriptFile);
      const ownGzip = own.reduce((sum, file) => sum + gzipSync(file).length, 0);
      jsBytes -= own.reduce((sum, file) => sum + file.length, 0);
      rows.push(`/${path}: own script ${ownGzip} B gzip`);
      expect.soft(ownGzip, `/${path} own script (gzip)`).toBeLessThanOrEqual(OWN_SCRIPT_GZIP_BUDGET);
    }
    rows.push(`/${path}: JS ${jsBytes} B, HTML ${weight.htmlBytes} B`);
    expect.soft(jsBytes, `/${path} JS (${weight.scripts.join(', ')})`).toBeLessThanOrEqual(bareJs + STUDY_PROGRESS_JS + OFFLINE_JS);
    expect.soft(weight.htmlBytes, `/${path} HTML`).toBeLessThanOrEqual(htmlBudget(path));
  }
  console.log([`bare Starlight JS ${bareJs} B`, ...rows].join('\n'));
});
