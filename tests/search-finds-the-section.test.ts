import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { openSearch, type PageHit, searchAsReader } from './support/search';
import { BASE_PATH } from './support/site';

interface Case {
  query: string;
  category: string;
  page: string;
  anchor: string;
}

const cases = load(readFileSync(new URL('./fixtures/search-queries.yaml', import.meta.url), 'utf8')) as Case[];
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

// Readers' searches are independent: tabs share the queries, each typing one after another, so
// that one tab's wait for the search box's debounce is another's work. Each tab costs a page load
// and its own copy of the index: on two cores 4 and 6 tabs took the same time, 12 a fifth more CPU.
const TABS = 6;

test(`the search box puts the defining section in the top 3 for ${cases.length} queries typed as readers type`, async ({ context }) => {
  test.setTimeout(600_000);
  expect(cases.length).toBeGreaterThanOrEqual(150);
  const results: PageHit[][] = [];
  await Promise.all(
    Array.from({ length: TABS }, async (_, tab) => {
      const page = await context.newPage();
      await page.goto('');
      await openSearch(page);
      for (let i = tab; i < cases.length; i += TABS) results[i] = await searchAsReader(page, BASE_PATH, cases[i].query);
    }),
  );
  const tally = new Map<string, { total: number; hit1: number; hit3: number }>();
  const misses: string[] = [];
  const notFirst: string[] = [];
  const empty: string[] = [];
  for (const [i, { query, category, page: expectedPage, anchor }] of cases.entries()) {
    const hits = results[i];
    const expected = `${expectedPage}/`;
    const row = tally.get(category) ?? { total: 0, hit1: 0, hit3: 0 };
    tally.set(category, row);
    row.total += 1;
    // Hit@1: the first section link on screen; hit@3: any section link under the first three pages.
    const shown = (hit: PageHit) => `${hit.page}#${hit.sections.join('|')}`;
    if (hits[0]?.page === expected && hits[0].sections[0] === anchor) row.hit1 += 1;
    else notFirst.push(`[${category}] ${query} → ${hits[0] ? shown(hits[0]) : '(nothing)'}`);
    if (hits.some((hit) => hit.page === expected && hit.sections.includes(anchor))) row.hit3 += 1;
    else misses.push(`[${category}] ${query} → ${hits.map(shown).join(', ') || '(nothing)'} (want ${expected}#${anchor})`);
    if (hits.length === 0) empty.push(query);
  }
  const all = [...tally.values()].reduce((sum, row) => ({ total: sum.total + row.total, hit1: sum.hit1 + row.hit1, hit3: sum.hit3 + row.hit3 }));
  const report = [...tally, ['all', all] as const]
    .map(([category, row]) => `${category.padEnd(14)} ${String(row.total).padStart(3)} queries  hit@1 ${percent(row.hit1, row.total)}  hit@3 ${percent(row.hit3, row.total)}`)
    .join('\n');
  console.log(`${report}\nnot in the top 3:\n  ${misses.join('\n  ')}\nin the top 3 but not first:\n  ${notFirst.join('\n  ')}`);
  expect(empty, 'queries with no result at all').toEqual([]);
  for (const [category, row] of tally) expect.soft(row.hit3 / row.total, `${category}: hit@3\n${report}`).toBeGreaterThanOrEqual(0.9);
  expect(all.hit3 / all.total, `overall hit@3\n${report}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
});
