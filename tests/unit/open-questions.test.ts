import { expect, test } from 'vitest';
import { findOpenQuestions } from '../../src/data/open-questions';

const page = `---
title: 예시
---

## Aurora {/*#aurora*/}

- 노트 한 줄

:::caution[확인 필요]
**오로라 확인 필요**
:::

:::tip[답변]
Aurora는 MySQL·PostgreSQL 호환 엔진입니다. ([출처](https://docs.aws.amazon.com/))
:::

### SNS {/* #sns */}

:::caution[확인 필요]
? 이벤트 브릿지랑 어떤게 다른거지 ?
:::

:::note[다른 제목]
답변이 아닌 aside
:::
`;

test('each "확인 필요" aside is found with its section and the answer that follows it', () => {
  const questions = findOpenQuestions(page);
  expect(questions).toHaveLength(2);
  expect(questions[0]).toMatchObject({ sectionId: 'aurora', sectionTitle: 'Aurora' });
  expect(questions[0].questionHtml).toBe('<p><strong>오로라 확인 필요</strong></p>');
  expect(questions[0].answerHtml).toContain('<a href="https://docs.aws.amazon.com/">출처</a>');
  expect(questions[0].answerHtml).not.toContain('답변');
});

test('a question without a following answer aside is reported as unanswered', () => {
  const [, second] = findOpenQuestions(page);
  expect(second).toMatchObject({ sectionId: 'sns', questionHtml: '<p>? 이벤트 브릿지랑 어떤게 다른거지 ?</p>' });
  expect(second.answerHtml).toBeUndefined();
});

test('a page without open questions yields none', () => {
  expect(findOpenQuestions('## 제목 {/* #title */}\n\n본문\n')).toEqual([]);
});
