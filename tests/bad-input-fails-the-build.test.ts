import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { asDomainPage } from './support/domain-list';
import { buildFixtureSite } from './support/fixture-site';

const frontmatter = '---\ntitle: 고장 난 페이지\ndescription: 빌드가 실패해야 하는 잘못된 입력을 담은 테스트용 페이지입니다.\n---\n\n';

const cases = [
  {
    name: 'heading-without-id',
    page: `${frontmatter}## 보안 그룹 규칙\n\n- 본문\n`,
    // The heading's line, in Korean, with an id from the glossary ready to paste.
    reason: /영어 id가 없습니다[\s\S]*## 보안 그룹 규칙 \{\/\* #security-group \*\/\}[\s\S]*broken\.mdx:6:1/,
  },
  {
    // The link checker reports every dead link of a build at once: one build for both kinds.
    name: 'dead-link-and-anchor',
    page: `${frontmatter}## 링크 {/* #links */}\n\n[없는 페이지](/no-such-page/)\n\n[없는 섹션](/network/#no-such-section)\n`,
    reason: /no-such-page[\s\S]*no-such-section|no-such-section[\s\S]*no-such-page/,
  },
];

test.describe.configure({ mode: 'parallel' });

for (const { name, page, reason } of cases) {
  test(`a page with a ${name.replaceAll('-', ' ')} fails the build, naming the file`, async () => {
    test.setTimeout(200_000);
    const result = buildFixtureSite(name, { ...asDomainPage('broken', 'links'), 'src/content/docs/broken.mdx': page });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/broken(\.mdx|\/)/);
    expect(result.output).toMatch(reason);
  });
}

// Glossary entries that point at a page or a section that does not exist: the build names each
// glossary line to fix, in Korean (all such entries at once, so one build covers both).
const GLOSSARY = 'src/data/glossary.yaml';

test('glossary entries pointing at an unknown page or section fail the build, naming their lines', async () => {
  test.setTimeout(200_000);
  const lines = readFileSync(GLOSSARY, 'utf8').split('\n');
  const lineOf = (id: string, text: string) => lines.findIndex((line, index) => line === text && lines.slice(0, index).findLast((l) => l.startsWith('- id:')) === `- id: ${id}`) + 1;
  const pageLine = lineOf('nat-gateway', '  page: network');
  const anchorLine = lineOf('sqs', '  anchor: sqs');
  expect(pageLine * anchorLine).toBeGreaterThan(0);
  lines[pageLine - 1] = '  page: networks';
  lines[anchorLine - 1] = '  anchor: sqs-queues';
  const result = buildFixtureSite('glossary-points-nowhere', { [GLOSSARY]: lines.join('\n') });
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(`${GLOSSARY}:${pageLine}: 용어 "nat-gateway"의 page "networks"는 없는 페이지입니다.`);
  expect(result.output).toContain(`${GLOSSARY}:${anchorLine}: 용어 "sqs"의 anchor "#sqs-queues"는 serverless 페이지에 없는 섹션입니다.`);
});

