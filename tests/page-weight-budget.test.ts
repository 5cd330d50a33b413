import { expect, test } from '@playwright/test';
import { join, resolve } from 'node:path';
import { buildBareStarlight } from './support/fixture-site';
import { weighPage } from './support/page-weight';
import { BASE_PATH, sitemapPaths } from './support/site';

// The site's own scripts (copying section links, Korean query processing, highlighting searched
// words, remembering self-check answers) are paid for by leaving out Astro's prefetch script,
// which speculation rules replace. Diagrams, glossary tooltips and cards ship no JavaScript.
// Offline reading (src/offline/) is the one exception, measured under /aws-study-notes/: the worker
// registration and update notice (580 B) and Pagefind's metaCacheTag option (17 B).
const OFFLINE_JS = 597;
const HTML_BUDGET = 120 * 1024;
const ALL_NOTES_HTML_BUDGET = 400 * 1024;

const DIST = resolve(import.meta.dirname, '../dist');

test('every page ships no more JavaScript than bare Starlight (plus offline reading), and light HTML', async ({ browser }) => {
  test.setTimeout(300_000);
  const page = `---\ntitle: 기준 페이지\ndescription: 비교용 페이지\n---\n\n## 첫째\n\n본문\n\n## 둘째\n\n본문\n\n### 셋째\n\n본문\n`;
  const bare = buildBareStarlight('bare-starlight', { 'src/content/docs/guide.md': page, 'src/content/docs/index.md': page });
  expect(bare.status, bare.output).toBe(0);
  const weigh = async (dist: string, base: string, path: string) => {
    const context = await browser.newContext();
    try {
      return await weighPage(await context.newPage(), dist, base, path);
    } finally {
      await context.close();
    }
  };
  const bareJs = (await weigh(join(bare.dir, 'dist'), '/', 'guide/')).jsBytes;
  expect(bareJs).toBeGreaterThan(10_000);
  const rows: string[] = [];
  for (const path of sitemapPaths()) {
    const weight = await weigh(DIST, BASE_PATH, path);
    rows.push(`/${path}: JS ${weight.jsBytes} B, HTML ${weight.htmlBytes} B`);
    expect.soft(weight.jsBytes, `/${path} JS (${weight.scripts.join(', ')})`).toBeLessThanOrEqual(bareJs + OFFLINE_JS);
    expect.soft(weight.htmlBytes, `/${path} HTML`).toBeLessThanOrEqual(path === 'all/' ? ALL_NOTES_HTML_BUDGET : HTML_BUDGET);
  }
  console.log([`bare Starlight JS ${bareJs} B`, ...rows].join('\n'));
});
