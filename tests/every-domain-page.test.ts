// What every domain page shows by itself, checked in one visit per page.
import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';
import { selfCheckQuestions } from './support/data';
import { noteFragments, withoutWhiteSpace } from './support/notes';
import { BASE_PATH } from './support/site';

const CITED = /^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/[^/]+\/faqs\/)/;
const OFFICIAL_DOCS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;
const hrefsOf = (links: Element[]) => links.map((a) => a.getAttribute('href')!);

for (const [index, slug] of domainSlugs.entries()) {
  test(`${slug}: every note line written in the MDX, English section links, cited additions, official docs, self-check questions and course-order neighbours`, async ({ page }) => {
    await page.goto(`${slug}/`);
    const content = page.locator('.sl-markdown-content');

    // Every note line and heading of the current MDX reaches the page (not a frozen copy of the
    // notes: fixing a typo changes both sides).
    const text = withoutWhiteSpace(await page.locator('main').innerText());
    const fragments = noteFragments(slug);
    expect(fragments.length).toBeGreaterThan(3);
    expect(fragments.filter((fragment) => !text.includes(fragment)), 'lines written in the MDX but missing on the page').toEqual([]);

    // Every h2/h3 has a short English id and one link (the section's shareable link), so links
    // pasted into chats stay readable.
    const ids = await content.locator(':is(h2, h3)').evaluateAll((headings) => headings.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(32);
      await expect(content.locator(`.section-heading:has(> [id="${id}"]) a`)).toHaveCount(1);
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
  });
}

test('characters MDX treats specially render as written', async ({ page }) => {
  await page.goto('connectivity/');
  await expect(page.locator('main')).toContainText('(현재는 지원하지 않음) <- 라우팅 테이블에 연결해줬어야함');
  await page.goto('iam/');
  await expect(page.locator('main')).toContainText('Managed(1:N), Inline(1:1)');
});
