import { expect, test } from '@playwright/test';
import { buildFixtureSite } from './support/fixture-site';

const frontmatter = '---\ntitle: 고장 난 페이지\ndescription: 빌드가 실패해야 하는 잘못된 입력을 담은 테스트용 페이지입니다.\n---\n\n';

const cases = [
  {
    name: 'heading-without-id',
    page: `${frontmatter}## 보안 그룹\n\n- 본문\n`,
    reason: /no English id/,
  },
  {
    name: 'dead-link',
    page: `${frontmatter}## 링크 {/* #links */}\n\n[없는 페이지](/no-such-page/)\n`,
    reason: /no-such-page/,
  },
  {
    name: 'dead-anchor',
    page: `${frontmatter}## 링크 {/* #links */}\n\n[없는 섹션](/network/#no-such-section)\n`,
    reason: /no-such-section/,
  },
  {
    name: 'mermaid-syntax-error',
    page: `${frontmatter}## 그림 {/* #diagram */}\n\n\`\`\`mermaid\nflowchart TB\n  accTitle: 고장 난 그림\n  accDescr: 문법이 틀린 다이어그램\n  A --> B -->\n\`\`\`\n`,
    reason: /line 8.*(Parse error|Expecting|error)/s,
  },
  {
    name: 'diagram-without-accessible-text',
    page: `${frontmatter}## 그림 {/* #diagram */}\n\n\`\`\`mermaid\nflowchart TB\n  A --> B\n\`\`\`\n`,
    reason: /line 8 needs accTitle and accDescr/,
  },
  {
    name: 'invalid-mdx',
    page: `${frontmatter}## 표 {/* #table */}\n\n<div>\n닫히지 않은 태그\n`,
    reason: /div|closing tag|Expected/i,
  },
];

test.describe.configure({ mode: 'parallel' });

for (const { name, page, reason } of cases) {
  test(`a page with a ${name.replaceAll('-', ' ')} fails the build, naming the file`, async () => {
    test.setTimeout(200_000);
    const result = buildFixtureSite(name, { 'src/content/docs/broken.mdx': page });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/broken(\.mdx|\/)/);
    expect(result.output).toMatch(reason);
  });
}

test('without a browser the unchanged site builds from the diagram cache', async () => {
  test.setTimeout(200_000);
  const result = buildFixtureSite('control-no-browser', {}, { CHROMIUM_PATH: 'none' });
  expect(result.status, result.output).toBe(0);
});

test('without a browser a new diagram fails the build, naming the page and the diagram', async () => {
  test.setTimeout(200_000);
  const page = `${frontmatter}## 그림 {/* #diagram */}\n\n\`\`\`mermaid\nflowchart TB\n  accTitle: 새 그림\n  accDescr: 캐시에 없는 새 다이어그램\n  A --> B\n\`\`\`\n`;
  const result = buildFixtureSite('new-diagram-no-browser', { 'src/content/docs/broken.mdx': page }, { CHROMIUM_PATH: 'none' });
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/broken\.mdx/);
  expect(result.output).toMatch(/line 8 \("새 그림"\).*no Chromium/s);
});
