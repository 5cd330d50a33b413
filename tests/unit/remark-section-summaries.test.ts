import { expect, test } from 'vitest';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids';
import remarkSectionSummaries from '../../src/plugins/remark-section-summaries';

async function summaries(mdx: string): Promise<Record<string, string>> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).use(remarkHeadingIds).use(remarkSectionSummaries);
  const file = new VFile({ path: 'src/content/docs/example.mdx', value: mdx });
  await processor.run(processor.parse(file), file);
  return (file.data.astro as { frontmatter: { sectionSummaries: Record<string, string> } }).frontmatter.sectionSummaries;
}

const page = `
## NAT Gateway {/* #nat-gateway */}

- 퍼블릭 서브넷에 \`NAT\` 지정:라우팅
  - 라우팅 테이블에 추가

\`\`\`mermaid
flowchart LR
  a --> b
\`\`\`

:::tip[보충]
보충 설명은 미리보기에 넣지 않음
:::

### EIP와 ENI {/* #eip-eni */}

| 특징 | EIP | ENI |
| --- | --- | --- |
| 고정 | 공인 IP | 프라이빗 IP |

## 보안 {/* #security */}

### 보안 그룹 {/* #security-groups */}

상태 저장
`;

test("a section's summary is its own note lines, then its subsections', without diagrams or asides", async () => {
  expect(await summaries(page)).toEqual({
    'nat-gateway': '퍼블릭 서브넷에 NAT 지정:라우팅 · 라우팅 테이블에 추가 · EIP와 ENI · 고정 · 공인 IP · 프라이빗 IP',
    'eip-eni': '고정 · 공인 IP · 프라이빗 IP',
    security: '보안 그룹 · 상태 저장',
    'security-groups': '상태 저장',
  });
});

test('a section without note lines has an empty summary (pages fall back to their description)', async () => {
  expect(await summaries('## 빈 섹션 {/* #empty */}\n\n:::tip[보충]\n설명\n:::\n')).toEqual({ empty: '' });
});
