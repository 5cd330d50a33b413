import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { diagramsInPage } from '../../src/lib/docs-diagrams';
import { parsePage } from '../../src/lib/parse-page';
import { cacheMode, THEMES } from '../../src/plugins/diagram-cache';
import rehypeMermaidDiagrams from '../../src/plugins/rehype-mermaid-diagrams';

const diagram = (name: string, indent = '') =>
  ['```mermaid', 'flowchart TB', `  accTitle: ${name}`, `  accDescr: ${name}의 설명`, '  A --> B', '```'].map((l) => indent + l).join('\n');

const page = [
  '---', 'title: 예시', 'description: 다이어그램을 찾는 위치를 확인하는 예시 페이지입니다.', '---', '', // 1-5
  diagram('맨 앞'), '', // 6-12
  '- 목록 항목', '', diagram('목록 안', '  '), '', // 13-21 (diagram at 15)
  ':::tip[보충]', diagram('상자 안'), ':::', '', // 22-30
  '<div>', '', diagram('컴포넌트 안'), '', '</div>', '', // 31-41
  '````md', diagram('코드 예시 안'), '````', '', // 42-50
  '```js', 'const notADiagram = 1;', '```', // 51-53
].join('\n');

test('the reader finds a diagram wherever Markdown nests it, on its page line, and only real diagrams', () => {
  const found = diagramsInPage(page);
  expect(found.map(({ line, source }) => [line, /accTitle: (.+)/.exec(source)?.[1]])).toEqual([
    [6, '맨 앞'],
    [15, '목록 안'],
    [23, '상자 안'],
    [33, '컴포넌트 안'],
  ]);
  // Same source, whatever the indentation: the list item's diagram shares its drawing.
  expect(diagramsInPage(diagram('같은 그림', '  '))[0].files).toEqual(diagramsInPage(diagram('같은 그림'))[0].files);
});

async function render(cacheDir: string, mdx: string) {
  const tree = toHast(parsePage(mdx)) as Root;
  await rehypeMermaidDiagrams({ base: '/', cacheDir, mode: 'check' })(tree, new VFile({ path: 'src/content/docs/example.mdx', value: mdx }));
  return tree;
}

test('in check mode the renderer draws from the cache files the reader names, and fails in Korean on a missing one without writing', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  await expect(render(cacheDir, page)).rejects.toThrow(/6번째 줄\("맨 앞"\).*SVG가 public\/diagrams\/에 없습니다[\s\S]*npm run diagrams:draw/);
  expect(readdirSync(cacheDir)).toEqual([]);

  for (const { files } of diagramsInPage(page)) {
    for (const theme of THEMES) writeFileSync(join(cacheDir, files[theme]), '<svg width="10" height="10"></svg>');
  }
  const html = JSON.stringify(await render(cacheDir, page));
  expect(html.match(/"tagName":"figure"/g)).toHaveLength(4);
});

test('a diagram without accTitle or accDescr fails in Korean with its line and what to add', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  await expect(render(cacheDir, '## 그림\n\n```mermaid\nflowchart TB\n  accTitle: 제목만\n  A --> B\n```\n')).rejects.toThrow(
    /3번째 줄의 Mermaid 다이어그램에 accDescr\(설명\)이 없습니다[\s\S]*accDescr: /,
  );
});

test('CI builds only read the cache unless told otherwise; local builds may draw', () => {
  expect(cacheMode({ CI: 'true' })).toBe('check');
  expect(cacheMode({})).toBe('draw');
  expect(cacheMode({ CI: 'true', DIAGRAM_CACHE: 'off' })).toBe('off');
  expect(() => cacheMode({ DIAGRAM_CACHE: 'sometimes' })).toThrow(/check, draw or off/);
});
