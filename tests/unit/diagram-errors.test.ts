// A diagram a member adds or breaks is reported in Korean with the file, the line and the fix
// (src/plugins/rehype-mermaid-diagrams.ts, run on pages parsed as the build parses them), and the
// site builds without a browser from the committed cache. A Mermaid syntax error needs Mermaid
// itself: tests/diagram-syntax-error-in-korean.test.ts.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { afterEach, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { docsDiagrams, docsPages } from '../../src/lib/docs-diagrams';
import { parsePage } from '../../src/lib/parse-page';
import rehypeMermaidDiagrams, { type Options } from '../../src/plugins/rehype-mermaid-diagrams';
import { CACHE_DIR } from '../../src/plugins/diagram-cache';

const page = (body: string) => `---\ntitle: 그림\n---\n\n## 그림 {/* #diagram */}\n\n- 목록 안의 그림\n\n  \`\`\`mermaid\n${body.replace(/^/gm, '  ')}\n  \`\`\`\n`;
const newDiagram = page('flowchart TB\n  accTitle: 새 그림\n  accDescr: 캐시에 없는 새 다이어그램\n  A --> B');

/** The build's error, or undefined and the number of diagrams drawn into figures. */
async function render(text: string, options: Partial<Options>, path = 'src/content/docs/broken.mdx'): Promise<Error | undefined> {
  const tree = toHast(parsePage(text)) as Root;
  try {
    await rehypeMermaidDiagrams({ base: '/', ...options })(tree, new VFile({ path, value: text }));
  } catch (error) {
    return error as Error;
  }
  figures += toHtml(tree).match(/<figure class="diagram"/g)?.length ?? 0;
}
let figures = 0;

const emptyCache = () => mkdtempSync(join(tmpdir(), 'diagrams-'));
const savedPath = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (savedPath === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = savedPath;
});

test('a diagram without accTitle and accDescr fails at its line with the two lines to add', async () => {
  const error = await render(page('flowchart TB\n  A --> B'), { mode: 'check', cacheDir: emptyCache() });
  expect(error).toMatchObject({ file: 'src/content/docs/broken.mdx', line: 9 });
  expect(error?.message).toContain('9번째 줄의 Mermaid 다이어그램에 accTitle(제목)과 accDescr(설명)이 없습니다');
  expect(error?.message).toContain('accDescr: 그림이 보여 주는');
});

test('a new diagram in a check build (tests, CI, deploy) fails, says the workflow draws it, and writes nothing', async () => {
  const cacheDir = emptyCache();
  const error = await render(newDiagram, { mode: 'check', cacheDir });
  expect(error).toMatchObject({ line: 9 });
  expect(error?.message).toContain('9번째 줄("새 그림")의 다이어그램은 SVG가 public/diagrams/에 없습니다');
  expect(error?.message).toContain('"다이어그램 그리기" 워크플로');
  expect(readdirSync(cacheDir)).toEqual([]);
});

test('a new diagram in a local build without a browser says how to draw it', async () => {
  process.env.CHROMIUM_PATH = 'none';
  const error = await render(newDiagram, { mode: 'draw', cacheDir: emptyCache() });
  expect(error?.message).toContain('9번째 줄("새 그림")의 다이어그램이 캐시에 없는데 그릴 Chromium이 없습니다');
  expect(error?.message).toContain('npm run diagrams:draw');
});

test('without a browser, every page builds its diagrams from the committed cache', async () => {
  process.env.CHROMIUM_PATH = 'none';
  // A copy, so that a drawing by mistake could not touch the committed cache.
  const cacheDir = emptyCache();
  cpSync(CACHE_DIR, cacheDir, { recursive: true });
  figures = 0;
  for (const path of docsPages()) {
    const text = readFileSync(path, 'utf8');
    expect(await render(text, { mode: 'draw', cacheDir }, path), path).toBeUndefined();
  }
  expect(figures).toBe(docsDiagrams().length);
  expect(figures).toBeGreaterThan(10);
  expect(readdirSync(cacheDir).sort()).toEqual(readdirSync(CACHE_DIR).sort());
});
