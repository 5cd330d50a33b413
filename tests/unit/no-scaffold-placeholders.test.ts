// `npm run new:page` marks what a member must replace with "(예시)"; none of it may be published.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const PLACEHOLDER = '(예시)';
const CONTENT = ['src/content/docs', 'src/data', 'src/data/self-check', 'src/data/audit'];

test('no page, question, glossary term or verdict still holds a "(예시)" placeholder from new:page', () => {
  const left = CONTENT.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
      .flatMap((name) => {
        const path = join(dir, name);
        return readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, index) => (line.includes(PLACEHOLDER) ? [`${path}:${index + 1}: ${line.trim()}`] : []));
      }),
  );
  expect(left, '"(예시)"로 표시된 곳을 실제 내용으로 바꾸세요').toEqual([]);
});
