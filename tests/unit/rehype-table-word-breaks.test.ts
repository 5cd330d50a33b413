import { expect, test } from 'vitest';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeTableWordBreaks from '../../src/plugins/rehype-table-word-breaks';

test('adjacent table cells end with a space so their words stay apart', async () => {
  const html = String(
    await unified().use(rehypeParse, { fragment: true }).use(rehypeTableWordBreaks).use(rehypeStringify)
      .process('<table><tr><th>특성</th><th>SNS</th></tr><tr><td>배포 모델</td><td>일대다</td></tr></table>'),
  );
  expect(html).toContain('<th>특성 </th><th>SNS </th>');
  expect(html).toContain('<td>배포 모델 </td><td>일대다 </td>');
});
