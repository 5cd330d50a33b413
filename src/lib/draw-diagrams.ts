// Draws Mermaid diagrams with real Mermaid in headless Chromium (mermaid-isomorphic), as
// self-contained SVGs sized from their viewBox. Used by the build's renderer when it may draw
// (DIAGRAM_CACHE=draw/off) and by `npm run diagrams:draw`; never by tests or the deploy.
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { type DiagramTheme, mermaidConfig } from '../plugins/diagram-cache.ts';
import { CHROMIUM_ARGS, locateChromium } from './chromium.ts';

export type Drawing = { svg: string } | { error: string };

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

let renderer: ReturnType<typeof createMermaidRenderer> | undefined;

export function canDraw(): boolean {
  return locateChromium() !== null;
}

/** One drawing (or Mermaid's error message) per source, in order. Needs canDraw(). */
export async function drawDiagrams(sources: string[], theme: DiagramTheme): Promise<Drawing[]> {
  const location = locateChromium();
  if (!location) throw new Error('No Chromium to draw diagrams with.');
  renderer ??= createMermaidRenderer({ launchOptions: { ...location, args: CHROMIUM_ARGS } });
  const results = await renderer(sources, { mermaidConfig: mermaidConfig(theme), prefix: `diagram-${theme}` });
  return results.map((result) =>
    result.status === 'fulfilled'
      ? { svg: withNaturalSize(result.value.svg, result.value.width, result.value.height) }
      : { error: result.reason instanceof Error ? result.reason.message : String(result.reason) },
  );
}

/** Mermaid's message quotes the spot ("...A --> B -->" and a caret); its line numbers count its own preprocessed text. */
export function syntaxErrorMessage(error: string, fenceLine: number): string {
  return (
    `${fenceLine}번째 줄에서 시작하는 Mermaid 다이어그램에 문법 오류가 있어 그릴 수 없습니다.\n` +
    `Mermaid의 설명 (^ 표시가 틀린 곳): ${error}\n` +
    '고치는 법: 블록을 https://mermaid.live 에 붙여 넣어 그려지는지 확인하고 고친 뒤 다시 올리세요 ' +
    '(문법: https://mermaid.js.org/intro/syntax-reference.html).'
  );
}
