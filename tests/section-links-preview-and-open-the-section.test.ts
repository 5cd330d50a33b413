// Every section's shareable link (<page>/<heading id>/) previews as that section in a chat app
// (its own title, first note lines and 1200×630 card) and opens the section on its page, with
// and without JavaScript, Back returning to the chat. Search engines and the site's search see
// only the pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CARD, CARD_BORDER, CARD_TEXT, missingGlyphs } from '../src/lib/card-text';
import { openSearch, searchAsReader } from './support/search';
import { type BuiltSection, DIST, builtSections, metaContent, parseHtml, visibleNotes } from './support/sections';
import { BASE_PATH, SITE_URL, sitemapPaths } from './support/site';

const sections = builtSections();
const pages = [...new Set(sections.map((section) => section.page))];
const sectionPath = ({ page, id }: BuiltSection) => `${page}/${id}/`;
const squash = (text: string) => text.replace(/\s+/g, '');

test('every section of the notes has a link page, and every link page is a section', () => {
  expect(sections.length).toBeGreaterThan(50);
  const built = pages.flatMap((page) =>
    readdirSync(join(DIST, page), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(DIST, page, entry.name, 'index.html')))
      .map((entry) => `${page}/${entry.name}/`),
  );
  expect(built.sort()).toEqual(sections.map(sectionPath).sort());
});

test("each section link's HTML carries the section's preview, points search engines at the page, and has its card", () => {
  const notes = new Map(pages.map((page) => [page, visibleNotes(page)]));
  const sitemap = new Set(sitemapPaths());
  for (const section of sections) {
    const path = sectionPath(section);
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const tree = parseHtml(join(DIST, path, 'index.html'));
    const meta = (key: string) => metaContent(tree, key);
    const target = `${BASE_PATH}${section.page}/#${section.id}`;
    const card = `${SITE_URL}${BASE_PATH}og/${section.page}/${section.id}.png`;
    expect.soft(meta('og:title'), path).toBe(`${section.heading} · ${section.pageTitle}`);
    expect.soft(meta('og:url'), path).toBe(`${SITE_URL}${BASE_PATH}${path}`);
    expect.soft(meta('og:site_name'), path).toBe('AWS 스터디 노트');
    expect.soft(meta('og:locale'), path).toBe('ko_KR');
    expect.soft(meta('twitter:card'), path).toBe('summary_large_image');
    for (const key of ['og:image', 'twitter:image']) expect.soft(meta(key), `${path} ${key}`).toBe(card);
    expect.soft(card).toMatch(/^https:\/\/[^?#]+\.png$/);
    expect.soft([meta('og:image:width'), meta('og:image:height')], path).toEqual([String(CARD.width), String(CARD.height)]);
    expect.soft(meta('og:image:alt'), path).toBeTruthy();
    // The description starts with the section's first line of notes as the page shows them.
    const description = meta('og:description') ?? '';
    expect.soft(meta('description'), path).toBe(description);
    const firstLine = squash(description.split(' · ')[0].replace(/…$/, ''));
    expect.soft(firstLine.length, `${path} description`).toBeGreaterThan(2);
    expect.soft(notes.get(section.page), `${path} description`).toContain(firstLine);
    // Search engines: one page. Site search: only pages Starlight marks for it.
    expect.soft(html, path).toContain(`<link rel="canonical" href="${SITE_URL}${target}">`);
    expect.soft(sitemap.has(path), `${path} in the sitemap`).toBe(false);
    expect.soft(html, path).not.toContain('data-pagefind-body');
    // Opens the section: by script, and without it by a refresh.
    expect.soft(html, path).toContain(`<script>location.replace(${JSON.stringify(target)})</script>`);
    // That is its only script: the page it lands on loads the rest (progress, offline worker).
    expect.soft(html.match(/<script/g), `${path} scripts`).toHaveLength(1);
    expect.soft(html, path).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    const png = readFileSync(join(DIST, 'og', section.page, `${section.id}.png`));
    expect.soft(png.subarray(1, 4).toString(), `${path} card`).toBe('PNG');
    expect.soft([png.readUInt32BE(16), png.readUInt32BE(20)], `${path} card`).toEqual([CARD.width, CARD.height]);
  }
});

test('the site search finds the page, never a section link', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  for (const query of ['NAT Gateway', '보안 그룹', 'Lambda']) {
    const hits = await searchAsReader(page, BASE_PATH, query, 10);
    expect(hits.length, query).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.page.split('/').filter(Boolean), `${query}: ${hit.page}`).toHaveLength(1);
  }
});

// Cards: the text of every page's and section's preview, drawn with the card font.
const cardPaths = [
  ...sitemapPaths().map((path) => ({ html: join(DIST, path, 'index.html'), card: `og/${path.replace(/\/$/, '') || 'index'}.png` })),
  ...sections.map((section) => ({ html: join(DIST, sectionPath(section), 'index.html'), card: `og/${section.page}/${section.id}.png` })),
];

test('every card character is in the card font', () => {
  for (const { html } of cardPaths) {
    const tree = parseHtml(html);
    for (const [key, style] of [['og:title', CARD_TEXT.title], ['og:description', CARD_TEXT.description]] as const) {
      expect.soft(missingGlyphs(metaContent(tree, key) ?? '', style), `${html} ${key}`).toEqual([]);
    }
  }
});

test("every card's text and site name stay inside the 2:1 centre band that KakaoTalk crops to", async ({ page }) => {
  // KakaoTalk shows previews at 2:1 (800×400): a 1200×630 card loses 15 px at the top and bottom.
  const band = { top: (CARD.height - CARD.width / 2) / 2, bottom: CARD.height - (CARD.height - CARD.width / 2) / 2 };
  await page.goto('');
  const boxes = await page.evaluate(
    async ({ cards, border }) => {
      const result: { card: string; width: number; height: number; top: number; bottom: number }[] = [];
      for (const card of cards) {
        const bitmap = await createImageBitmap(await (await fetch(card)).blob());
        const { width, height } = bitmap;
        const context = new OffscreenCanvas(width, height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, width, height);
        let top = height;
        let bottom = -1;
        // Text and the site name are bright on the dark background; the orange border is left out.
        for (let y = 0; y < height; y++) {
          for (let x = border * 2; x < width; x++) {
            const i = (y * width + x) * 4;
            if (data[i] + data[i + 1] + data[i + 2] > 300) {
              top = Math.min(top, y);
              bottom = Math.max(bottom, y);
            }
          }
        }
        result.push({ card, width, height, top, bottom });
      }
      return result;
    },
    { cards: cardPaths.map(({ card }) => card), border: CARD_BORDER },
  );
  expect(boxes).toHaveLength(cardPaths.length);
  for (const box of boxes) {
    expect.soft([box.width, box.height], box.card).toEqual([CARD.width, CARD.height]);
    expect.soft(box.bottom, `${box.card} has text`).toBeGreaterThan(box.top);
    expect.soft(box.top, box.card).toBeGreaterThanOrEqual(band.top);
    expect.soft(box.bottom, box.card).toBeLessThan(band.bottom);
  }
});

// Opening the links, as from a chat: the reader lands on the section, and Back leaves.
async function openFromChat(page: import('@playwright/test').Page, section: BuiltSection) {
  await page.goto('about:blank');
  await page.goto(sectionPath(section));
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${section.page}/#${section.id}$`));
  const heading = page.locator(`[id="${section.id}"]`);
  await expect(heading).toBeInViewport();
  // Its heading's one link is the section link.
  await expect(page.locator(`.section-heading:has(> [id="${section.id}"]) a`)).toHaveAttribute('href', `${BASE_PATH}${sectionPath(section)}`);
  const header = (await page.locator('header.header').boundingBox())!;
  expect((await heading.boundingBox())!.y, sectionPath(section)).toBeGreaterThanOrEqual(header.y + header.height - 1);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
}

// Every link's page carries the same redirect (checked above for each section). With JavaScript
// the browser follows the last section link of every page (where it lands depends on the page);
// without, the refresh is the same mechanism: the first link of the first, a middle and the last page.
test('the last section link of every page opens its section, and Back returns to the chat', async ({ page }) => {
  for (const domain of pages) await openFromChat(page, sections.findLast((s) => s.page === domain)!);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the first section link of a page opens its section, and Back returns to the chat', async ({ page }) => {
    for (const domain of [pages[0], pages[Math.floor(pages.length / 2)], pages.at(-1)!]) {
      await openFromChat(page, sections.find((s) => s.page === domain)!);
    }
  });
});
