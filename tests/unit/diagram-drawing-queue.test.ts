// Many pages ask for drawings at once (Vite transforms them concurrently): the queue in
// draw-diagrams.ts draws them in a few batches, one at a time, hands each page its own SVGs and
// fails a stalled batch instead of waiting forever. No browser: the renderer here stands in for
// Chromium and answers the way mermaid-isomorphic does.
import { expect, test } from 'vitest';
import type { DiagramTheme } from '../../src/plugins/diagram-cache';
import { type Drawing, queuedDrawing, type Render } from '../../src/lib/draw-diagrams';

function recordingRenderer({ hangOnFirstCall = false } = {}) {
  const calls: { theme: DiagramTheme; count: number }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const render: Render = async (sources, theme, prefix) => {
    calls.push({ theme, count: sources.length });
    if (hangOnFirstCall && calls.length === 1) return new Promise(() => {});
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    return sources.map((source, i): PromiseSettledResult<{ id: string; svg: string; width: number; height: number }> =>
      source.endsWith('-->')
        ? { status: 'rejected', reason: new Error(`Parse error: ${source}`) }
        : {
            status: 'fulfilled',
            value: { id: `${prefix}-${i}`, svg: `<svg id="${prefix}-${i}" style="max-width: 10px"><style>#${prefix}-${i} .node{}</style><text>${theme} ${source}</text></svg>`, width: 10.2, height: 5 },
          },
    );
  };
  return { render, calls, mostAtOnce: () => mostAtOnce };
}

// Like rehype-mermaid-diagrams: each page draws its diagrams in the light theme, then in the dark one.
async function drawPage(draw: ReturnType<typeof queuedDrawing>, sources: string[]): Promise<Drawing[][]> {
  return [await draw(sources, 'light'), await draw(sources, 'dark')];
}

test('sixty overlapping pages get their own SVGs from a few batches drawn one at a time', async () => {
  const renderer = recordingRenderer();
  const draw = queuedDrawing(renderer.render);
  const pages = Array.from({ length: 60 }, (_, page) => (page % 3 === 0 ? [`p${page} first`, `p${page} second`] : [`p${page} only`]));
  const drawn = await Promise.all(pages.map((sources) => drawPage(draw, sources)));

  pages.forEach((sources, page) =>
    (['light', 'dark'] as const).forEach((theme, t) =>
      expect(drawn[page][t]).toEqual(
        sources.map((source, i) => ({
          svg: `<svg width="11" height="5" id="diagram-${theme}-${i}"><style>#diagram-${theme}-${i} .node{}</style><text>${theme} ${source}</text></svg>`,
        })),
      ),
    ),
  );
  expect(renderer.calls.length).toBeLessThanOrEqual(4);
  expect(renderer.calls.reduce((sum, call) => sum + call.count, 0)).toBe(2 * pages.flat().length);
  expect(renderer.mostAtOnce()).toBe(1);
});

test('a Mermaid syntax error stays with its own diagram in a batch', async () => {
  const draw = queuedDrawing(recordingRenderer().render);
  const [good, broken] = await Promise.all([draw(['A --> B'], 'light'), draw(['C --> D', 'A --> B -->'], 'light')]);
  expect(good).toEqual([{ svg: expect.stringContaining('light A --> B') }]);
  expect(broken).toEqual([{ svg: expect.stringContaining('light C --> D') }, { error: 'Parse error: A --> B -->' }]);
});

test('a stalled batch fails its pages in Korean and the next batch is still drawn', async () => {
  const renderer = recordingRenderer({ hangOnFirstCall: true });
  const draw = queuedDrawing(renderer.render, () => 0.05);
  const stalled = draw(['A --> B'], 'light');
  const next = draw(['C --> D'], 'dark');
  await expect(stalled).rejects.toThrow(/Mermaid 다이어그램 1개를 0\.05초 안에 그리지 못했습니다. 멈춘 것으로 보고 여기서 끝냅니다/);
  expect(await next).toEqual([{ svg: expect.stringContaining('dark C --> D') }]);
});
