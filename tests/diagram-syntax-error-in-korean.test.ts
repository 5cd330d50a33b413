// A Mermaid syntax error is found only by Mermaid itself, in the browser that draws (local builds
// and the "다이어그램 그리기" workflow): it fails at the block's line, quoting Mermaid's caret, in Korean.
// The other diagram mistakes need no browser: tests/unit/diagram-errors.test.ts.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { expect, test } from '@playwright/test';
import { VFile } from 'vfile';
import { parsePage } from '../src/lib/parse-page';
import rehypeMermaidDiagrams from '../src/plugins/rehype-mermaid-diagrams';

test('a diagram with a Mermaid syntax error fails in Korean at its line, showing where Mermaid stopped', async () => {
  const text = '---\ntitle: 그림\n---\n\n## 그림 {/* #diagram */}\n\n```mermaid\nflowchart TB\n  accTitle: 고장 난 그림\n  accDescr: 문법이 틀린 그림\n  A --> B -->\n```\n';
  const cacheDir = mkdtempSync(join(tmpdir(), 'diagrams-'));
  const file = new VFile({ path: 'src/content/docs/broken.mdx', value: text });
  const error = await rehypeMermaidDiagrams({ base: '/', mode: 'draw', cacheDir })(toHast(parsePage(text)) as Root, file).catch((caught) => caught);
  expect(error).toMatchObject({ file: 'src/content/docs/broken.mdx', line: 7 });
  expect(error.message).toContain('7번째 줄에서 시작하는 Mermaid 다이어그램에 문법 오류가 있어 그릴 수 없습니다');
  expect(error.message).toMatch(/A --> B -->\n-+\^/);
  expect(error.message).toContain('https://mermaid.live');
  expect(readdirSync(cacheDir)).toEqual([]);
});
