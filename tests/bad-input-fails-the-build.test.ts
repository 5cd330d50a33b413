import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
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

// A glossary entry that points at a page or section that does not exist: the build names the
// glossary line to fix, in Korean.
const GLOSSARY = 'src/data/glossary.yaml';
const glossaryText = readFileSync(GLOSSARY, 'utf8');
const natGatewayLine = (key: string) => glossaryText.split('\n').findIndex((line, index, lines) =>
  line === `  ${key}: ${key === 'page' ? 'network' : 'nat-gateway'}` && lines.slice(0, index).reverse().find((l) => l.startsWith('- id:')) === '- id: nat-gateway') + 1;

const glossaryCases = [
  { name: 'unknown-glossary-page', key: 'page', wrong: 'networks', reason: /없는 페이지입니다/ },
  { name: 'unknown-glossary-anchor', key: 'anchor', wrong: 'nat-gateways', reason: /"#nat-gateways"는 network 페이지에 없는 섹션입니다/ },
];

for (const { name, key, wrong, reason } of glossaryCases) {
  test(`a glossary entry with an ${name.replaceAll('-', ' ')} fails the build, naming its line`, async () => {
    test.setTimeout(200_000);
    const line = natGatewayLine(key);
    expect(line).toBeGreaterThan(0);
    const lines = glossaryText.split('\n');
    lines[line - 1] = `  ${key}: ${wrong}`;
    const result = buildFixtureSite(name, { [GLOSSARY]: lines.join('\n') });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(`${GLOSSARY}:${line}: 용어 "nat-gateway"`);
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
