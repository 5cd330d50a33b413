// One visit per page of the sitemap for everything a page shows by itself, as Starlight's own docs
// run one accessibility loop over their sitemap: it renders in Korean with its link preview and
// logs nothing, a domain page shows every note line and its study aids, and axe finds nothing.
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { CARD } from '../src/lib/card-text';
import { DESKTOP_PASSES, expectNoAxeViolations, PHONE_PASSES } from './support/axe';
import { selfCheckQuestions } from './support/data';
import { diagramsThatDoNotFit } from './support/diagram-fit';
import { noteFragments, withoutWhiteSpace } from './support/notes';
import { BASE_PATH, SITE_URL, sitemapPaths } from './support/site';
import { watch } from './support/watch';

const CITED = /^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/[^/]+\/faqs\/)/;
const OFFICIAL_DOCS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;
const hrefsOf = (links: Element[]) => links.map((a) => a.getAttribute('href')!);

/** Korean, one h1, a description, and the link preview chat apps read, with its 1200×630 card. */
async function checkPreview(page: Page, request: APIRequestContext, path: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('h1')).toHaveCount(1);
  // Read in one round trip: the first <meta> of each property or name.
  const metas = new Map((await page.locator('head meta').evaluateAll((tags) =>
    tags.map((tag) => [tag.getAttribute('property') ?? tag.getAttribute('name'), tag.getAttribute('content')]).reverse())) as [string, string][]);
  const meta = (key: string) => metas.get(key) ?? null;
  expect(meta('description')?.length).toBeGreaterThan(20);
  const url = `${SITE_URL}${BASE_PATH}${path}`;
  expect(meta('og:url')).toBe(url);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', url);
  expect(meta('og:type')).toBeTruthy();
  expect(meta('og:locale')).toBe('ko_KR');
  expect(meta('og:site_name')).toBe('AWS 스터디 노트');
  expect(meta('twitter:card')).toBe('summary_large_image');
  expect(meta('og:image:width')).toBe(String(CARD.width));
  expect(meta('og:image:height')).toBe(String(CARD.height));
  expect(meta('og:image:alt')).toBeTruthy();
  const image = meta('og:image')!;
  expect(image).toMatch(new RegExp(`^${SITE_URL}${BASE_PATH}og/.+\\.png$`));
  const card = await request.get(image.replace(SITE_URL + BASE_PATH, ''));
  expect(card.status()).toBe(200);
  const png = await card.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD.width, CARD.height]);
}

/** What a domain page adds: the notes as written, section links, cited additions, official docs, questions, course order, diagrams that fit a phone. */
async function checkDomainPage(page: Page, context: BrowserContext, index: number) {
  const slug = domainSlugs[index];
  const content = page.locator('.sl-markdown-content');

  // Every note line and heading of the current MDX reaches the page (not a frozen copy of the
  // notes: fixing a typo changes both sides).
  const text = withoutWhiteSpace(await page.locator('main').innerText());
  const fragments = noteFragments(slug);
  expect(fragments.length).toBeGreaterThan(3);
  expect(fragments.filter((fragment) => !text.includes(fragment)), 'lines written in the MDX but missing on the page').toEqual([]);

  // Every h2/h3 has a short English id and one link (the section's shareable link), so links
  // pasted into chats stay readable.
  const headings = await content.locator(':is(h2, h3)').evaluateAll((headings) =>
    headings.map((h) => ({ id: h.id, links: h.parentElement!.matches('.section-heading') ? h.parentElement!.querySelectorAll('a').length : 0 })));
  expect(headings.length).toBeGreaterThan(0);
  for (const { id, links } of headings) {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(id.length).toBeLessThanOrEqual(32);
    expect(links, `links beside #${id}`).toBe(1);
  }

  // Bold that Markdown did not take (e.g. "**정책(…)**입니다") shows its asterisks to readers.
  expect(await content.innerText(), 'literal ** on the page').not.toContain('**');

  // What the group added to the notes ("보충", "답변") cites the official AWS documentation.
  const additions = content.locator('aside.starlight-aside').filter({ has: page.locator('.starlight-aside__title', { hasText: /^(보충|답변)$/ }) });
  for (const aside of await additions.all()) {
    const hrefs = await aside.locator('a[href]').evaluateAll(hrefsOf);
    expect(hrefs.some((href) => CITED.test(href)), await aside.innerText()).toBe(true);
  }

  // "공식 문서": distinct official AWS pages, listed in the table of contents.
  const docs = await page.locator('.official-docs li a').evaluateAll(hrefsOf);
  expect(docs.length).toBeGreaterThan(0);
  expect(docs.filter((href) => !OFFICIAL_DOCS.test(href))).toEqual([]);
  expect(new Set(docs).size).toBe(docs.length);
  await expect(page.locator('starlight-toc a[href="#official-docs"]')).toBeAttached();

  // The self-check questions of src/data/self-check/<slug>.yaml, each with its one right answer.
  const answers = selfCheckQuestions(slug).map((question) => [question.choices[question.answer - 1]]);
  const shown = await page.locator('.self-check .question').evaluateAll((questions) =>
    questions.map((question) => [...question.querySelectorAll('label:has(input[data-correct])')].map((label) => label.textContent!.trim())));
  expect(shown).toEqual(answers);
  await expect(page.locator('starlight-toc a[href="#self-check"]')).toBeAttached();

  // Previous and next follow the course order.
  const next = index + 1 < domainSlugs.length ? `${BASE_PATH}${domainSlugs[index + 1]}/` : `${BASE_PATH}all/`;
  const previous = index === 0 ? BASE_PATH : `${BASE_PATH}${domainSlugs[index - 1]}/`;
  await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute('href', next);
  await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute('href', previous);

  // Opened at 375 px: no sideways scrolling, labels of at least 11 px.
  expect(await diagramsThatDoNotFit(page, context)).toEqual([]);
}

// axe at the phone width in both themes. The desktop width adds only layout (sidebar, table of
// contents), the same on every page of a kind: it is checked on the first domain page and on each
// page of another kind. The other domain pages add nothing axe has not seen: their layout and
// components (questions, official docs, pagination) are the first domain page's, and their notes,
// asides and diagrams are all on the all-notes page, checked in both themes.
const laterDomain = (path: string) => domainSlugs.slice(1).some((slug) => path === `${slug}/`);
const passesFor = (path: string) =>
  laterDomain(path) ? [] : path === 'all/' ? PHONE_PASSES : [...PHONE_PASSES, ...DESKTOP_PASSES];

test('the sitemap lists the home page and every domain page', () => {
  expect(sitemapPaths()).toEqual(expect.arrayContaining(['', ...domainSlugs.map((slug) => `${slug}/`)]));
});

for (const path of sitemapPaths()) {
  const domainIndex = domainSlugs.findIndex((slug) => path === `${slug}/`);
  const passes = passesFor(path);
  const widths = [...new Set(passes.map((pass) => `${pass.width}`))].join(' and ') + ' px';
  const axe = passes.length ? `, and passes axe at ${widths} in both themes` : '';
  const domain = domainIndex >= 0 ? ', shows every note line with its section links, sources, questions, neighbours and phone-sized diagrams' : '';
  test(`/${path} renders in Korean with its link preview${domain}, logs nothing${axe}`, async ({ page, context, request }) => {
    // axe checks every element; the all-notes page holds all fourteen pages at once.
    test.setTimeout(['all/', 'glossary/'].includes(path) ? 300_000 : 120_000);
    const watched = watch(page);
    await page.setViewportSize({ width: 375, height: 800 });
    expect((await page.goto(path))?.status()).toBe(200);
    await checkPreview(page, request, path);
    if (domainIndex >= 0) await checkDomainPage(page, context, domainIndex);
    if (passes.length) await expectNoAxeViolations(page, passes, `/${path}`);
    // Whatever loads after the page (and the other theme's diagrams, after the axe passes): nothing fails or logs.
    await page.waitForLoadState('networkidle');
    expect(watched.problems).toEqual([]);
  });
}

test('an unknown address shows the Korean 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('페이지를 찾을 수 없습니다');
  await expect(page.locator('main a[href$="/iam/"]').first()).toBeVisible();
});

test('characters MDX treats specially render as written', async ({ page }) => {
  await page.goto('connectivity/');
  await expect(page.locator('main')).toContainText('(현재는 지원하지 않음) <- 라우팅 테이블에 연결해줬어야함');
  await page.goto('iam/');
  await expect(page.locator('main')).toContainText('Managed(1:N), Inline(1:1)');
});
