// Draws Mermaid diagrams with real Mermaid in headless Chromium (mermaid-isomorphic), as
// self-contained SVGs sized from their viewBox. Used by the build's renderer when it may draw
// (DIAGRAM_CACHE=draw/off) and by `npm run diagrams:draw`; never by tests or the deploy.
import type { RenderResult } from 'mermaid-isomorphic';
import type { Browser, BrowserType, LaunchOptions } from 'playwright';
import { type DiagramTheme, mermaidConfig } from '../plugins/diagram-cache.ts';
import { CHROMIUM_ARGS, locateChromium, playwrightChromium } from './chromium.ts';
import { requireOnUse } from './require-on-use.ts';

export type Drawing = { svg: string } | { error: string };

/** Draws `sources` in one Chromium page; result i is source i, its SVG ids starting with `${prefix}-${i}`. */
export type Render = (sources: string[], theme: DiagramTheme, prefix: string) => Promise<PromiseSettledResult<RenderResult>[]>;

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

/** How long one batch may take before the drawing counts as stalled (generous: busy 2-core machines). */
export function stallSeconds(diagramCount: number): number {
  return 120 + 2 * diagramCount;
}

export function stalledMessage(diagramCount: number, seconds: number): string {
  return (
    `Chromium이 Mermaid 다이어그램 ${diagramCount}개를 ${seconds}초 안에 그리지 못했습니다. 멈춘 것으로 보고 여기서 끝냅니다.\n` +
    '고치는 법: 머신이 다른 일로 바쁘지 않을 때 다시 빌드하세요. 다시 멈추면 이 다이어그램을 https://mermaid.live 에 붙여 넣어 ' +
    '그려지는지 확인하세요.'
  );
}

interface Request {
  sources: string[];
  theme: DiagramTheme;
  resolve: (drawings: Drawing[]) => void;
  reject: (error: Error) => void;
}

/**
 * Vite transforms many pages at once, so many pages call drawDiagrams at the same time, and
 * mermaid-isomorphic opens a Chromium page that loads all of Mermaid for every call: on the 10×
 * site 140 pages loaded it at once (first SVG after 78 s, all 280 after 250 s), and none of its
 * page steps (addScriptTag, evaluate) has a timeout, so one page that stops answering hangs the
 * build for good. So the calls wait in one queue: each batch draws every waiting source of one
 * theme in one renderer call (one page), one batch at a time (the 10× site: 4 batches, 20 s), and
 * a batch that outlasts stallSeconds fails its callers instead of hanging the build.
 */
export function queuedDrawing(render: Render, seconds = stallSeconds): (sources: string[], theme: DiagramTheme) => Promise<Drawing[]> {
  const waiting: Request[] = [];
  let busy = false;

  async function drawBatch(batch: Request[]): Promise<void> {
    const { theme } = batch[0];
    const sources = batch.flatMap((request) => request.sources);
    // Mermaid puts the id into the SVG (its CSS, markers, aria ids): mapped back below to the
    // id a call of its own would give (`diagram-<theme>-<index in the call>`), so a diagram's
    // SVG does not depend on what else was drawn with it.
    const prefix = `diagram-${theme}-batch`;
    const limit = seconds(sources.length);
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(stalledMessage(sources.length, limit))), limit * 1000);
    });
    try {
      const results = await Promise.race([render(sources, theme, prefix), stalled]);
      let offset = 0;
      for (const request of batch) {
        request.resolve(
          request.sources.map((_, index) => {
            const batchIndex = offset + index;
            const result = results[batchIndex];
            if (result.status === 'rejected') return { error: result.reason instanceof Error ? result.reason.message : String(result.reason) };
            const svg = result.value.svg.replace(new RegExp(`${prefix}-${batchIndex}(?![0-9])`, 'g'), `diagram-${theme}-${index}`);
            return { svg: withNaturalSize(svg, result.value.width, result.value.height) };
          }),
        );
        offset += request.sources.length;
      }
    } catch (error) {
      for (const request of batch) request.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
    }
  }

  async function drainQueue(): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      while (waiting.length > 0) {
        const { theme } = waiting[0];
        const batch = waiting.filter((request) => request.theme === theme);
        waiting.splice(0, waiting.length, ...waiting.filter((request) => request.theme !== theme));
        await drawBatch(batch);
      }
    } finally {
      busy = false;
    }
  }

  return (sources, theme) =>
    new Promise<Drawing[]>((resolve, reject) => {
      waiting.push({ sources, theme, resolve, reject });
      void drainQueue();
    });
}

export function canDraw(): boolean {
  return locateChromium() !== null;
}

// A renderer per batch: mermaid-isomorphic closes its browser when its last call ends, so the
// build exits once drawing is done, and a stalled batch's browser is left behind, not reused
// (Playwright kills it when the process exits). It does not wait for that close: the batch does,
// or a process that ends right after drawing (a test worker) cuts the close short and reports
// "browserContext.close: Target page, context or browser has been closed".
const queue = queuedDrawing(async (sources, theme, prefix) => {
  const location = locateChromium();
  if (!location) throw new Error('No Chromium to draw diagrams with.');
  const { createMermaidRenderer } = requireOnUse<typeof import('mermaid-isomorphic')>('mermaid-isomorphic');
  let launched: Browser | undefined;
  const browserType = { launch: async (options?: LaunchOptions) => (launched = await playwrightChromium().launch(options)) } as BrowserType;
  const render = createMermaidRenderer({ browserType, launchOptions: { ...location, args: CHROMIUM_ARGS } });
  const results = await render(sources, { mermaidConfig: mermaidConfig(theme), prefix });
  if (launched?.isConnected()) await new Promise((closed) => launched!.once('disconnected', closed));
  return results;
});

/** One drawing (or Mermaid's error message) per source, in order. Needs canDraw(). */
export function drawDiagrams(sources: string[], theme: DiagramTheme): Promise<Drawing[]> {
  return queue(sources, theme);
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
