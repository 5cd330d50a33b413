import { expect, test } from 'vitest';
import { headings, noteLines } from '../support/note-lines';

const page = `---
title: 예시
---

## 제목 {/* #title */}

- **굵은** 줄: [링크](#title)와 \`코드\`
  - 안쪽 줄 Managed(1:N)

    :::tip[보충]
    안쪽 줄을 바로잡는 글
    :::
- 마지막 줄

:::caution[확인 필요]
질문
:::

:::tip[보충]
목록 전체 뒤의 글
:::

| **특징** | A |
| --- | --- |
| 셀 | <br/> 둘째 |

\`\`\`mermaid
flowchart TB
  a --> b
\`\`\`

문단 한 줄
이어지는 줄
`;

test('list items, table rows and paragraphs are note lines as a reader sees them', () => {
  expect(noteLines(page).map((line) => line.text)).toEqual([
    '굵은 줄: 링크와 코드',
    '안쪽 줄 Managed(1:N)',
    '마지막 줄',
    '특징 | A',
    '셀 | 둘째',
    '문단 한 줄 이어지는 줄',
  ]);
});

test('a line keeps its file line number', () => {
  expect(noteLines(page).find((line) => line.text === '마지막 줄')?.line).toBe(13);
});

test('a line is followed by the asides after it, its list item or any enclosing block', () => {
  const [outer, inner, last, , , paragraph] = noteLines(page);
  expect(inner.followingAsides.map((a) => a.text)).toEqual(['안쪽 줄을 바로잡는 글', '질문', '목록 전체 뒤의 글']);
  expect(outer.followingAsides.map((a) => a.title)).toEqual(['확인 필요', '보충']);
  expect(last.followingAsides.map((a) => a.title)).toEqual(['확인 필요', '보충']);
  expect(paragraph.followingAsides).toEqual([]);
});

test('headings are read with their ids', () => {
  expect(headings(page)).toEqual([{ text: '제목', id: 'title' }]);
});
