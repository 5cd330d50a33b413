// A bare `<` or `{` in a note line (MDX reads them as a tag or an expression) is reported in
// Korean with the file, line and column and how to write it (src/plugins/vite-mdx-errors.ts, run
// here as Vite runs it). tests/bad-input-fails-the-build.test.ts shows it failing a real build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import viteMdxErrors from '../../src/plugins/vite-mdx-errors';

const root = mkdtempSync(join(tmpdir(), 'mdx-errors-'));
const frontmatter = '---\ntitle: 고장 난 페이지\ndescription: 잘못된 입력을 담은 테스트용 페이지입니다.\n---\n\n';

function transform(page: string): unknown {
  const id = join(root, 'src/content/docs/broken.mdx');
  mkdirSync(join(root, 'src/content/docs'), { recursive: true });
  writeFileSync(id, frontmatter + page);
  const plugin = viteMdxErrors() as unknown as {
    configResolved: (config: { root: string }) => void;
    transform: { handler: (code: string, id: string) => unknown };
  };
  plugin.configResolved({ root });
  try {
    return plugin.transform.handler('', id);
  } catch (error) {
    return error;
  }
}

test('a bare < in a note line names its line and says to write \\<', () => {
  const error = transform('## 목표 {/* #goals */}\n\n- RPO <1시간\n') as Error & { loc: object };
  expect(error.message).toMatch(/^src\/content\/docs\/broken\.mdx:8:\d+: `<`가 HTML\/JSX 태그의 시작으로 읽혔/);
  expect(error.message).toContain('`\\<`로 쓰세요');
  expect(error.loc).toMatchObject({ file: 'src/content/docs/broken.mdx', line: 8 });
});

test('a bare { in a note line names its line and says to escape the braces', () => {
  const error = transform('## 정책 {/* #policy */}\n\n- 예: {"Effect": "Allow"}\n') as Error;
  expect(error.message).toMatch(/^src\/content\/docs\/broken\.mdx:8:\d+: `\{`가 JavaScript 식의 시작으로 읽혔/);
  expect(error.message).toContain('`\\{`와 `\\}`로 쓰거나');
});

test('escaped characters and an id comment are valid MDX and pass untouched', () => {
  expect(transform('## 목표 {/* #goals */}\n\n- RPO \\<1시간, 정책 \\{"Effect": "Allow"\\}\n')).toBeNull();
});
