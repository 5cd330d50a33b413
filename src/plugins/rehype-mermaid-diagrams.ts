// Turns ```mermaid fences into diagrams drawn with real Mermaid in headless Chromium, once for
// the light and once for the dark theme, each a self-contained SVG shown through <img> (no
// Mermaid runtime on the page, visible without JavaScript). Drawings live in the committed cache
// public/diagrams/ (see diagram-cache.ts): tests, CI and the deploy only read it
// (DIAGRAM_CACHE=check) and fail on a new or changed diagram; local builds may draw. A diagram
// without accTitle/accDescr, a Mermaid syntax error or a missing drawing fails the build with
// the file, the line and the fix, in Korean.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { INSTALL_HINT } from '../lib/chromium';
import { canDraw, drawDiagrams, syntaxErrorMessage } from '../lib/draw-diagrams';
import { CACHE_DIR, type CacheMode, type DiagramTheme, findDiagrams, type FoundDiagram, PUBLIC_PATH, THEMES } from './diagram-cache';

export interface Options {
  /** The site's base path, e.g. "/aws-study-notes/". */
  base: string;
  /** Where rendered SVGs are cached; defaults to public/diagrams/. */
  cacheDir?: string;
  /** See CacheMode; defaults to draw. */
  mode?: CacheMode;
}

interface Diagram extends FoundDiagram {
  title: string;
  description: string;
  svgs: Partial<Record<DiagramTheme, string>>;
}

function accessibilityText(source: string, keyword: 'accTitle' | 'accDescr'): string | undefined {
  const single = new RegExp(`^\\s*${keyword}\\s*:\\s*(.+)$`, 'm').exec(source);
  if (single) return single[1].trim();
  const block = new RegExp(`^\\s*${keyword}\\s*\\{([\\s\\S]*?)\\}`, 'm').exec(source);
  return block?.[1].replace(/\s+/g, ' ').trim() || undefined;
}

function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
  return { width, height };
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

const NOT_DRAWN =
  '검사와 배포는 다이어그램을 그리지 않고 커밋된 public/diagrams/만 읽습니다.\n' +
  '고치는 법: 풀 리퀘스트나 main에서는 "다이어그램 그리기" 워크플로가 그려서 커밋하니 그 커밋을 기다리세요. ' +
  '로컬에서는 Chromium이 있는 곳에서 `npm run diagrams:draw`를 실행하고 public/diagrams/의 변경을 함께 커밋하세요.';

function where(diagrams: Diagram[]): string {
  return diagrams.map((d) => `${d.line}번째 줄("${d.title}")`).join(', ');
}

async function draw(diagrams: Diagram[], theme: DiagramTheme, file: VFile, cacheDir: string): Promise<void> {
  if (!canDraw()) {
    file.fail(
      `${where(diagrams)}의 다이어그램이 캐시에 없는데 그릴 Chromium이 없습니다 (새로 넣었거나 고친 다이어그램).\n${NOT_DRAWN}\n${INSTALL_HINT}`,
      diagrams[0].node,
      'rehype-mermaid-diagrams:no-browser',
    );
  }
  const drawings = await drawDiagrams(diagrams.map((d) => d.source), theme).catch((error: Error) =>
    file.fail(`${where(diagrams)}의 다이어그램을 그리지 못했습니다.\n${error.message}`, diagrams[0].node, 'rehype-mermaid-diagrams:drawing'),
  );
  drawings.forEach((drawing, i) => {
    const diagram = diagrams[i];
    if ('error' in drawing) file.fail(syntaxErrorMessage(drawing.error, diagram.line), diagram.node, 'rehype-mermaid-diagrams:syntax');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, diagram.files[theme]), drawing.svg);
    diagram.svgs[theme] = drawing.svg;
  });
}

export default function rehypeMermaidDiagrams(options: Options) {
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const mode = options.mode ?? 'draw';
  return async (tree: Root, file: VFile) => {
    const diagrams: Diagram[] = findDiagrams(tree).map((found) => {
      const title = accessibilityText(found.source, 'accTitle');
      const description = accessibilityText(found.source, 'accDescr');
      if (!title || !description) {
        const missing = [title ? '' : 'accTitle(제목)', description ? '' : 'accDescr(설명)'].filter(Boolean).join('과 ');
        file.fail(
          `${found.line}번째 줄의 Mermaid 다이어그램에 ${missing}이 없습니다. 화면 낭독기는 그림 대신 이 글을 읽습니다.\n` +
            '고치는 법: ```mermaid 다음 줄(다이어그램 종류 바로 아래)에 한국어로 넣으세요:\n' +
            '  accTitle: 그림의 제목\n  accDescr: 그림이 보여 주는 내용을 한두 문장으로',
          found.node,
          'rehype-mermaid-diagrams:accessibility',
        );
      }
      return { ...found, title, description, svgs: {} };
    });
    if (diagrams.length === 0) return;

    for (const theme of THEMES) {
      const missing: Diagram[] = [];
      for (const diagram of diagrams) {
        const path = join(cacheDir, diagram.files[theme]);
        if (mode !== 'off' && existsSync(path)) diagram.svgs[theme] = readFileSync(path, 'utf8');
        else missing.push(diagram);
      }
      if (missing.length === 0) continue;
      if (mode === 'check') {
        file.fail(
          `${where(missing)}의 다이어그램은 SVG가 public/diagrams/에 없습니다 (새로 넣었거나 고친 다이어그램).\n${NOT_DRAWN}`,
          missing[0].node,
          'rehype-mermaid-diagrams:not-drawn',
        );
      }
      await draw(missing, theme, file, cacheDir);
    }
    for (const diagram of diagrams) diagram.parent.children[diagram.index] = figure(diagram, options.base);
  };
}
