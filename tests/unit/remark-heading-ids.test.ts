import { expect, test } from 'vitest';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Heading, Root } from 'mdast';
import { VFile } from 'vfile';
import remarkHeadingIds, { headingId } from '../../src/plugins/remark-heading-ids';

async function run(mdx: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
  const file = new VFile({ path: 'src/content/docs/example.mdx', value: mdx });
  return processor.run(processor.parse(file), file) as Promise<Root>;
}

function headings(tree: Root): Heading[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading');
}

test('a trailing id comment becomes the heading id and leaves the text clean', async () => {
  const [heading] = headings(await run('## 보안 그룹 {/* #security-groups */}\n'));
  expect(heading.data?.hProperties?.id).toBe('security-groups');
  expect(heading.children).toEqual([expect.objectContaining({ type: 'text', value: '보안 그룹' })]);
});

test('an h2 or h3 without an English id fails at its file and line, in Korean, with an id to paste', async () => {
  const error = await run('# Title\n\n## NAT Gateway 배치\n').catch((caught) => caught);
  expect(error).toMatchObject({ file: 'src/content/docs/example.mdx', line: 3, column: 1 });
  expect(error.message).toContain('영어 id가 없습니다');
  expect(error.message).toContain('## NAT Gateway 배치 {/* #nat-gateway */}');
  await expect(run('### 새 섹션\n')).rejects.toMatchObject({ line: 1, message: expect.stringContaining('### 새 섹션 {/* #') });
});

test('a Korean, spaced or capitalised id is refused', async () => {
  for (const mdx of ['## 보안 {/* #보안 */}\n', '## NAT {/* #nat gateway */}\n', '## NAT {/* #NAT */}\n']) {
    await expect(run(mdx), mdx).rejects.toThrow('영어 id가 없습니다');
  }
});

test('the comment may be written without spaces, and other readers see the same id', async () => {
  const [heading] = headings(await run('## 보안 그룹 {/*#security-groups*/}\n'));
  expect(heading.data?.hProperties?.id).toBe('security-groups');
  const source = unified().use(remarkParse).use(remarkMdx).parse('## 보안 그룹 {/*#security-groups*/}\n') as Root;
  expect(headingId(headings(source)[0])).toEqual({ id: 'security-groups', text: '보안 그룹' });
});

test('the same id twice on a page fails, naming both lines', async () => {
  await expect(run('## A {/* #same */}\n\n## B {/* #same */}\n')).rejects.toMatchObject({ line: 3, message: expect.stringContaining('1행과 3행') });
});

test('h1 and h4 may go without an id', async () => {
  const tree = await run('# 제목\n\n#### 작은 제목\n');
  expect(headings(tree)).toHaveLength(2);
});
