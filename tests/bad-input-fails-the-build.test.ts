// A member's mistake fails the real build with the file, the line and a Korean fix: one fixture
// build (a copy of the site plus one broken file) for each way an error reaches the build's
// output. What each check says is unit-tested: tests/unit/{remark-heading-ids,mdx-errors,
// content-errors,diagram-errors,glossary-links}.test.ts.
import { expect, test } from '@playwright/test';
import { asDomainPage } from './support/domain-list';
import { buildFixtureSite } from './support/fixture-site';

const frontmatter = '---\ntitle: 고장 난 페이지\ndescription: 빌드가 실패해야 하는 잘못된 입력을 담은 테스트용 페이지입니다.\n---\n\n';
const brokenPage = (body: string) => ({ ...asDomainPage('broken', 'links'), 'src/content/docs/broken.mdx': frontmatter + body });
const source = '    section: vpc\n    source: https://docs.aws.amazon.com/vpc/latest/userguide/\n';
const question = (id: string, answer = 1) => `  - id: ${id}\n    question: 질문 ${id}은 무엇인가요?\n    choices: [하나, 둘]\n    answer: ${answer}\n    explanation: 설명 ${id}입니다.\n${source}`;

const cases: { name: string; files: Record<string, string>; expected: RegExp[] }[] = [
  {
    name: 'a heading without an English id (a Markdown step of the build)',
    files: brokenPage('## 보안 그룹 규칙\n\n- 본문\n'),
    // The heading's line, in Korean, with an id from the glossary ready to paste.
    expected: [/영어 id가 없습니다[\s\S]*## 보안 그룹 규칙 \{\/\* #security-group \*\/\}/, /broken\.mdx:6:1/],
  },
  {
    name: 'a bare < in a note line (MDX syntax)',
    files: brokenPage('## 목표 {/* #links */}\n\n- RPO <1시간\n'),
    expected: [/src\/content\/docs\/broken\.mdx:8:\d+: `<`가 HTML\/JSX 태그의 시작으로 읽혔/, /`\\<`로 쓰세요/],
  },
  {
    name: 'a self-check answer past its choices (content data)',
    files: { 'src/data/self-check/network.yaml': `page: network\nquestions:\n${question('one', 5)}${Array.from({ length: 9 }, (_, i) => question(`more-${i}`)).join('')}` },
    expected: [/src\/data\/self-check\/network\.yaml:6: questions\.0\.answer — answer는 choices 중 정답의 번호/, /고치는 법: /],
  },
  {
    // The link checker reports every dead link of a build at once: one build for both kinds.
    name: 'a dead link and a dead anchor',
    files: brokenPage('## 링크 {/* #links */}\n\n[없는 페이지](/no-such-page/)\n\n[없는 섹션](/network/#no-such-section)\n'),
    expected: [/broken(\.mdx|\/)/, /no-such-page/, /no-such-section/],
  },
];

test.describe.configure({ mode: 'parallel' });

for (const [index, { name, files, expected }] of cases.entries()) {
  test(`${name} fails the build, naming the file and line`, () => {
    test.setTimeout(200_000);
    const result = buildFixtureSite(`bad-input-${index}`, files);
    expect(result.status, result.output).not.toBe(0);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
}
