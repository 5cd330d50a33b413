import { expect, test } from 'vitest';
import { domainSlugs } from '../../src/data/domains';
import { docsDiagrams, notDrawn, unusedCacheFiles } from '../../src/lib/docs-diagrams';
import { THEMES } from '../../src/plugins/diagram-cache';

const diagrams = docsDiagrams();

test('every diagram of the docs has a committed SVG for both themes, so tests and the deploy draw nothing', () => {
  const missing = THEMES.flatMap((theme) => notDrawn(diagrams, theme).map(({ page, line }) => `${page}:${line} (${theme})`));
  expect(missing, '`npm run diagrams:draw`로 그려서 public/diagrams/를 커밋하세요').toEqual([]);
});

test('public/diagrams/ holds no drawing that no diagram uses (a changed diagram leaves none behind)', () => {
  expect(unusedCacheFiles(diagrams), '`npm run diagrams:prune`으로 지우세요').toEqual([]);
});

test('every domain page teaches with at least one diagram', () => {
  const pagesWithDiagrams = new Set(diagrams.map(({ page }) => page.replace(/^.*\/|\.mdx$/g, '')));
  expect(domainSlugs.filter((slug) => !pagesWithDiagrams.has(slug))).toEqual([]);
});
