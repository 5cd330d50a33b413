// MDX reads `<` and `{` as the start of a tag or a JavaScript expression, so a note such as
// "비용 <5달러" or a pasted JSON policy fails the build with an English parser message. This
// reads each .mdx page first with the same parser and, when it is not valid MDX, fails with the
// file, the line, what is wrong and the fix in Korean (the parser's own words follow).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type { VFileMessage } from 'vfile-message';
import { parsePage } from '../lib/parse-page';

const FIXES: { source: RegExp; what: string; fix: string }[] = [
  {
    source: /mdx-jsx/,
    what: '`<`가 HTML/JSX 태그의 시작으로 읽혔는데 태그가 아니거나, 태그가 닫히지 않았습니다.',
    fix: '글자 그대로의 `<`라면 `\\<`로 쓰세요 (예: `RPO \\< 1시간`). 태그라면 `<div>`…`</div>`처럼 닫으세요.',
  },
  {
    source: /mdx-expression|acorn/,
    what: '`{`가 JavaScript 식의 시작으로 읽혔는데 식이 아닙니다.',
    fix: '글자 그대로의 중괄호라면 `\\{`와 `\\}`로 쓰거나 (예: `\\{"Effect": "Allow"\\}`), 코드는 백틱(`)으로 감싸세요.',
  },
];

export function koreanMdxError(error: VFileMessage, file: string): Error {
  const known = FIXES.find(({ source }) => source.test(`${error.source ?? ''} ${error.ruleId ?? ''} ${error.reason}`));
  const what = known?.what ?? 'MDX 문법으로 읽을 수 없는 곳이 있습니다.';
  const fix = known?.fix ?? '`<`, `{`, `}`를 글자 그대로 쓰려면 `\\<`, `\\{`, `\\}`로 쓰세요.';
  const where = `${file}:${error.line ?? '?'}:${error.column ?? '?'}`;
  const message = `${where}: ${what}\n고치는 법: ${fix}\nMDX의 설명: ${error.reason}`;
  return Object.assign(new Error(message), { loc: { file, line: error.line, column: error.column } });
}

export default function viteMdxErrors(): Plugin {
  let root = process.cwd();
  return {
    name: 'aws-study-notes:mdx-errors',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler(_code, id) {
        try {
          parsePage(readFileSync(id, 'utf8'));
        } catch (error) {
          if (error instanceof Error && 'reason' in error) throw koreanMdxError(error as VFileMessage, relative(root, id));
          throw error;
        }
        return null;
      },
    },
  };
}
