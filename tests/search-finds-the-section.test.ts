import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { searchSite } from './support/search';
import { BASE_PATH } from './support/site';

interface Case {
  query: string;
  page: string;
  anchor: string;
}

const cases = load(readFileSync(new URL('./fixtures/search-queries.yaml', import.meta.url), 'utf8')) as Case[];

test(`search puts the defining section in the top 3 for at least 95 % of ${cases.length} reader queries`, async ({ page }) => {
  test.setTimeout(180_000);
  expect(cases.length).toBeGreaterThanOrEqual(60);
  await page.goto('');
  let hit1 = 0;
  let hit3 = 0;
  const misses: string[] = [];
  const notFirst: string[] = [];
  for (const { query, page: expectedPage, anchor } of cases) {
    const hits = await searchSite(page, BASE_PATH, query);
    const expected = `${expectedPage}/`;
    if (hits[0]?.page === expected && hits[0].sections[0] === anchor) hit1 += 1;
    else notFirst.push(`${query} → ${hits[0] ? `${hits[0].page}#${hits[0].sections[0]}` : '(nothing)'}`);
    const inTop3 = hits.slice(0, 3).some((hit) => hit.page === expected && hit.sections.includes(anchor));
    if (inTop3) hit3 += 1;
    else misses.push(`${query} → ${hits.slice(0, 3).map((h) => `${h.page}#${h.sections.join('|')}`).join(', ') || '(nothing)'} (want ${expected}#${anchor})`);
  }
  const report = `hit@1 ${((100 * hit1) / cases.length).toFixed(1)} %, hit@3 ${((100 * hit3) / cases.length).toFixed(1)} % of ${cases.length} queries`;
  console.log(report);
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  if (notFirst.length) console.log(`found, but not first:\n  ${notFirst.join('\n  ')}`);
  expect(hit3 / cases.length, `${report}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
});
