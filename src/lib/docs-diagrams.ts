// The diagrams of the docs collection, read the way the build reads them: each page parsed with
// the site's syntax (parse-page.ts) and turned into hast by remark-rehype's
// mdast-util-to-hast, then findDiagrams(), the renderer's own reader. So a block nested in a list
// item, an aside or a component counts here exactly when the site draws it. Used by the cache
// test, `npm run diagrams:draw` and `npm run diagrams:prune`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { CACHE_DIR, findDiagrams, type FoundDiagram, THEMES, type DiagramTheme } from '../plugins/diagram-cache.ts';
import { parsePage } from './parse-page.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCS_DIR = join(ROOT, 'src/content/docs');
// Starlight's docsLoader reads these, skipping names that start with "_".
const PAGE = /(^|\/)[^_/][^/]*\.(md|mdx)$/;

export interface PageDiagram extends FoundDiagram {
  /** The page's path from the project root, e.g. src/content/docs/network.mdx. */
  page: string;
}

export function diagramsInPage(text: string, mdx = true): FoundDiagram[] {
  return findDiagrams(toHast(parsePage(text, mdx)) as Root);
}

export function docsPages(docsDir = DOCS_DIR): string[] {
  return readdirSync(docsDir, { recursive: true })
    .map(String)
    .filter((name) => PAGE.test(name.replaceAll('\\', '/')))
    .sort()
    .map((name) => join(docsDir, name));
}

export function docsDiagrams(docsDir = DOCS_DIR): PageDiagram[] {
  return docsPages(docsDir).flatMap((path) =>
    diagramsInPage(readFileSync(path, 'utf8'), path.endsWith('.mdx')).map((found) => ({ ...found, page: relative(ROOT, path) })),
  );
}

/** Diagrams whose drawing for `theme` is not in the cache (new or changed since last drawn). */
export function notDrawn(diagrams: PageDiagram[], theme: DiagramTheme, cacheDir = CACHE_DIR): PageDiagram[] {
  return diagrams.filter((diagram) => !existsSync(join(cacheDir, diagram.files[theme])));
}

/** Cache files no diagram uses any more (a diagram was changed or removed). */
export function unusedCacheFiles(diagrams: PageDiagram[], cacheDir = CACHE_DIR): string[] {
  const used = new Set(diagrams.flatMap((diagram) => THEMES.map((theme) => diagram.files[theme])));
  return existsSync(cacheDir) ? readdirSync(cacheDir).filter((file) => !used.has(file)).sort() : [];
}
