// The rendered-diagram cache: one self-contained SVG per diagram and theme, committed under
// public/diagrams/ and served from there. A file's name is a hash of what it was drawn from
// (source, theme, Mermaid version, our Mermaid settings): a changed diagram has a new name, so a
// cache "miss" is exactly a new or changed diagram, and the old file becomes unused (pruned).
//
// findDiagrams() is the one reader of Mermaid blocks: the build's renderer runs it over the page
// as Astro's Markdown pipeline hands it over, and the cache check, drawing and pruning
// (src/lib/docs-diagrams.ts) run it over the same pages parsed by the same parser.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof THEMES)[number];

export const CACHE_DIR = fileURLToPath(new URL('../../public/diagrams/', import.meta.url));
export const PUBLIC_PATH = 'diagrams/';

/**
 * What a build does with the cache (DIAGRAM_CACHE):
 * - check: read only; a new or changed diagram fails the build (tests, CI and deploy; default when CI is set)
 * - draw: read, and draw what is missing when a Chromium is there (local builds and `astro dev`)
 * - off: draw every diagram anew (the bench's cold build), writing into DIAGRAM_CACHE_DIR
 */
export type CacheMode = 'check' | 'draw' | 'off';

export function cacheMode(env: NodeJS.ProcessEnv = process.env): CacheMode {
  const value = env.DIAGRAM_CACHE;
  if (value === 'check' || value === 'draw' || value === 'off') return value;
  if (value) throw new Error(`DIAGRAM_CACHE=${value}: use check, draw or off.`);
  return env.CI ? 'check' : 'draw';
}

const require = createRequire(import.meta.url);
const mermaidIsomorphic = require.resolve('mermaid-isomorphic');
export const MERMAID_VERSION: string = JSON.parse(
  readFileSync(createRequire(mermaidIsomorphic).resolve('mermaid/package.json'), 'utf8'),
).version;

// Korean labels are measured in the build's Chromium with a Hangul font it has (Noto Sans CJK
// from fonts-noto-cjk); readers' devices fall back to their own Hangul system fonts.
const FONT_FAMILY = "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

export function mermaidConfig(theme: DiagramTheme) {
  return {
    theme: theme === 'dark' ? 'dark' : 'default',
    fontFamily: FONT_FAMILY,
    themeVariables: { fontFamily: FONT_FAMILY, fontSize: '16px' },
    // Plain SVG text rather than HTML in <foreignObject>: renders the same in every <img>.
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: false },
    sequence: { useMaxWidth: false },
    securityLevel: 'strict',
  } as const;
}

export function cacheKey(source: string, theme: DiagramTheme): string {
  return createHash('sha256')
    .update(JSON.stringify({ source: source.trim(), theme, mermaid: MERMAID_VERSION, config: mermaidConfig(theme) }))
    .digest('hex')
    .slice(0, 20);
}

export function cacheFileName(source: string, theme: DiagramTheme): string {
  return `${cacheKey(source, theme)}.svg`;
}

export interface FoundDiagram {
  /** The <pre> that holds the ```mermaid block. */
  node: Element;
  parent: Element | Root;
  index: number;
  source: string;
  /** The line of the page the block starts on. */
  line: number;
  files: Record<DiagramTheme, string>;
}

/** Every ```mermaid block of a page (hast as remark-rehype makes it), wherever it is nested. */
export function findDiagrams(tree: Root): FoundDiagram[] {
  const found: FoundDiagram[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'pre' || !parent || index === undefined) return;
    const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    const classes = code?.properties.className;
    if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
    const source = toString(code);
    const files = { light: cacheFileName(source, 'light'), dark: cacheFileName(source, 'dark') };
    found.push({ node, parent: parent as Element | Root, index, source, line: node.position?.start.line ?? 0, files });
  });
  return found;
}
