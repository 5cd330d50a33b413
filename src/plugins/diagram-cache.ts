// The rendered-diagram cache: one self-contained SVG per diagram and theme, committed under
// public/diagrams/ and served from there. A file's name is a hash of what it was drawn from
// (source, theme, Mermaid version, our Mermaid settings), so an entry can never be stale: a
// changed diagram simply has a new name, and scripts/prune-diagrams.mjs removes unused ones.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const THEMES = ['light', 'dark'] as const;
export type DiagramTheme = (typeof THEMES)[number];

export const CACHE_DIR = fileURLToPath(new URL('../../public/diagrams/', import.meta.url));
export const PUBLIC_PATH = 'diagrams/';

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

/** The Mermaid fences of an MDX source, with the line each starts on. */
export function mermaidFences(mdx: string): { source: string; line: number }[] {
  const fences: { source: string; line: number }[] = [];
  const pattern = /^```mermaid[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (const match of mdx.matchAll(pattern)) {
    fences.push({ source: match[1], line: mdx.slice(0, match.index).split('\n').length });
  }
  return fences;
}
