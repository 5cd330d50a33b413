import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainSlugs } from '../src/data/domains';
import { CACHE_DIR, cacheFileName, mermaidFences, THEMES } from '../src/plugins/diagram-cache';

const PAGES = new URL('../src/content/docs/', import.meta.url);

function fencesByPage(): { page: string; source: string; line: number }[] {
  return readdirSync(PAGES)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((page) => mermaidFences(readFileSync(new URL(page, PAGES), 'utf8')).map((fence) => ({ page, ...fence })));
}

test('every diagram in the pages has a cached SVG for both themes, so builds need no browser', () => {
  const fences = fencesByPage();
  expect(fences.length).toBeGreaterThanOrEqual(14);
  const missing = fences.flatMap(({ page, source, line }) =>
    THEMES.filter((theme) => !existsSync(join(CACHE_DIR, cacheFileName(source, theme)))).map((theme) => `${page}:${line} (${theme})`),
  );
  expect(missing, 'run `npm run build` with Chromium available to draw them').toEqual([]);
});

test('the cache holds no diagram that no page uses (npm run diagrams:prune)', () => {
  const used = new Set(fencesByPage().flatMap(({ source }) => THEMES.map((theme) => cacheFileName(source, theme))));
  const stale = readdirSync(CACHE_DIR).filter((file) => !used.has(file));
  expect(stale).toEqual([]);
});

test('every domain page teaches with at least one diagram', () => {
  const pagesWithDiagrams = new Set(fencesByPage().map(({ page }) => page.replace('.mdx', '')));
  expect(domainSlugs.filter((slug) => !pagesWithDiagrams.has(slug))).toEqual([]);
});
