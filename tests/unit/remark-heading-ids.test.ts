import { expect, test } from 'vitest';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Heading, Root } from 'mdast';
import { VFile } from 'vfile';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids';

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

test('an h2 or h3 without an English id fails with the file and line', async () => {
  await expect(run('# Title\n\n## 보안 그룹\n')).rejects.toThrow(/example\.mdx:3:1.*no English id|no English id/);
  await expect(run('### NAT\n')).rejects.toThrow('no English id');
});

test('a Korean or spaced id is refused', async () => {
  await expect(run('## 보안 {/* #보안 */}\n')).rejects.toThrow('no English id');
  await expect(run('## NAT {/* #nat gateway */}\n')).rejects.toThrow('no English id');
});

test('the same id twice on a page fails', async () => {
  await expect(run('## A {/* #same */}\n\n## B {/* #same */}\n')).rejects.toThrow('used twice');
});

test('h1 and h4 may go without an id', async () => {
  const tree = await run('# 제목\n\n#### 작은 제목\n');
  expect(headings(tree)).toHaveLength(2);
});
