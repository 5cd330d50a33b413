// Turns ```mermaid fences into diagrams drawn at build time: real Mermaid in headless Chromium,
// once for the light and once for the dark theme, each a self-contained SVG shown through <img>
// (no Mermaid runtime on the page, visible without JavaScript). Rendered SVGs are cached in
// public/diagrams/ (see diagram-cache.ts), so builds without a browser work when no diagram
// changed. A diagram without accTitle/accDescr, a Mermaid syntax error, or a new diagram with
// no browser to draw it fails the build with the file, the line and the reason.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { createMermaidRenderer, type RenderResult } from 'mermaid-isomorphic';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CHROMIUM_ARGS, INSTALL_HINT, locateChromium } from '../lib/chromium';
import { CACHE_DIR, cacheFileName, type DiagramTheme, mermaidConfig, PUBLIC_PATH, THEMES } from './diagram-cache';

export interface Options {
  /** The site's base path, e.g. "/aws-study-notes/". */
  base: string;
  /** Where rendered SVGs are cached; defaults to public/diagrams/. */
  cacheDir?: string;
  /** false re-renders every diagram (a cold build); the result is still written to the cache. */
  readCache?: boolean;
}

interface Diagram {
  node: Element;
  parent: Element | Root;
  index: number;
  source: string;
  line: number;
  title: string;
  description: string;
  files: Record<DiagramTheme, string>;
  svgs: Partial<Record<DiagramTheme, string>>;
}

function accessibilityText(source: string, keyword: 'accTitle' | 'accDescr'): string | undefined {
  const single = new RegExp(`^\\s*${keyword}\\s*:\\s*(.+)$`, 'm').exec(source);
  if (single) return single[1].trim();
  const block = new RegExp(`^\\s*${keyword}\\s*\\{([\\s\\S]*?)\\}`, 'm').exec(source);
  return block?.[1].replace(/\s+/g, ' ').trim() || undefined;
}

/** Gives the SVG a fixed size from its viewBox so <img> shows it at natural size (no CLS). */
function withNaturalSize(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/\sstyle="[^"]*"/, '')
      .replace('<svg', `<svg width="${Math.ceil(width)}" height="${Math.ceil(height)}"`),
  );
}

function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
  return { width, height };
}

let renderer: ReturnType<typeof createMermaidRenderer> | undefined;

async function render(diagrams: Diagram[], theme: DiagramTheme, file: VFile, cacheDir: string): Promise<void> {
  const location = locateChromium();
  if (!location) {
    const list = diagrams.map((d) => `line ${d.line} ("${d.title}")`).join(', ');
    file.fail(
      `${diagrams.length} diagram(s) at ${list} are not in the diagram cache (${cacheDir}) and no Chromium is available to draw them. ${INSTALL_HINT}`,
      diagrams[0].node,
      'rehype-mermaid-diagrams:no-browser',
    );
  }
  renderer ??= createMermaidRenderer({ launchOptions: { ...location, args: CHROMIUM_ARGS } });
  const results: PromiseSettledResult<RenderResult>[] = await renderer(
    diagrams.map((d) => d.source),
    { mermaidConfig: mermaidConfig(theme), prefix: `diagram-${theme}` },
  );
  results.forEach((result, i) => {
    const diagram = diagrams[i];
    if (result.status === 'rejected') {
      const reason = (result.reason instanceof Error ? result.reason.message : String(result.reason)).replace(
        /on line (\d+)/,
        (text, line) => `${text} of the diagram (line ${diagram.line + Number(line)} of the page)`,
      );
      file.fail(
        `Mermaid cannot draw the diagram that starts at line ${diagram.line}: ${reason}`,
        diagram.node,
        'rehype-mermaid-diagrams:syntax',
      );
    }
    const svg = withNaturalSize(result.value.svg, result.value.width, result.value.height);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, diagram.files[theme]), svg);
    diagram.svgs[theme] = svg;
  });
}

function figure(diagram: Diagram, base: string): Element {
  const descriptionId = `diagram-${diagram.files.light.slice(0, 12)}-desc`;
  const variant = (theme: DiagramTheme): ElementContent => {
    const href = `${base}${PUBLIC_PATH}${diagram.files[theme]}`;
    const { width, height } = svgSize(diagram.svgs[theme]!);
    return {
      type: 'element',
      tagName: 'a',
      properties: { className: ['diagram-zoom', `diagram-${theme}`], href, title: '다이어그램을 원래 크기로 열기' },
      children: [
        {
          type: 'element',
          tagName: 'img',
          properties: { src: href, alt: diagram.title, width, height, loading: 'lazy', decoding: 'async', ariaDescribedBy: [descriptionId] },
          children: [],
        },
      ],
    };
  };
  return {
    type: 'element',
    tagName: 'figure',
    // Search finds the section by its notes; the diagram's text would only repeat them.
    properties: { className: ['diagram'], dataPagefindIgnore: 'all' },
    children: [
      { type: 'element', tagName: 'div', properties: { className: ['diagram-frame'] }, children: [variant('light'), variant('dark')] },
      // A figcaption must be the figure's first or last child.
      { type: 'element', tagName: 'p', properties: { id: descriptionId, className: ['sr-only'] }, children: [{ type: 'text', value: diagram.description }] },
      { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: diagram.title }] },
    ],
  };
}

export default function rehypeMermaidDiagrams(options: Options) {
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const readCache = options.readCache ?? true;
  return async (tree: Root, file: VFile) => {
    const diagrams: Diagram[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
      const source = toString(code);
      const line = node.position?.start.line ?? 0;
      const title = accessibilityText(source, 'accTitle');
      const description = accessibilityText(source, 'accDescr');
      if (!title || !description) {
        file.fail(
          `The Mermaid diagram at line ${line} needs ${title ? '' : 'accTitle'}${!title && !description ? ' and ' : ''}${description ? '' : 'accDescr'} (a Korean title and description for screen readers).`,
          node,
          'rehype-mermaid-diagrams:accessibility',
        );
      }
      const files = { light: cacheFileName(source, 'light'), dark: cacheFileName(source, 'dark') };
      diagrams.push({ node, parent: parent as Element | Root, index, source, line, title, description, files, svgs: {} });
    });
    if (diagrams.length === 0) return;

    for (const theme of THEMES) {
      const missing: Diagram[] = [];
      for (const diagram of diagrams) {
        const path = join(cacheDir, diagram.files[theme]);
        if (readCache && existsSync(path)) diagram.svgs[theme] = readFileSync(path, 'utf8');
        else missing.push(diagram);
      }
      if (missing.length > 0) await render(missing, theme, file, cacheDir);
    }
    for (const diagram of diagrams) diagram.parent.children[diagram.index] = figure(diagram, options.base);
  };
}
