// A member's content mistake fails the build with the file, the line, what is wrong and the fix,
// in Korean. Each case builds a copy of the site with one broken file (tests/support/fixture-site.ts).
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { asDomainPage } from './support/domain-list';
import { buildFixtureSite } from './support/fixture-site';

const frontmatter = '---\ntitle: 고장 난 페이지\ndescription: 빌드가 실패해야 하는 잘못된 입력을 담은 테스트용 페이지입니다.\n---\n\n';
const diagram = (body: string) => `## 그림 {/* #diagram */}\n\n- 목록 안의 그림\n\n  \`\`\`mermaid\n${body.replace(/^/gm, '  ')}\n  \`\`\`\n`;
const newDiagram = diagram('flowchart TB\n  accTitle: 새 그림\n  accDescr: 캐시에 없는 새 다이어그램\n  A --> B');
const source = '    section: vpc\n    source: https://docs.aws.amazon.com/vpc/latest/userguide/\n';
const question = (id: string) => `  - id: ${id}\n    question: 질문 ${id}은 무엇인가요?\n    choices: [하나, 둘]\n    answer: 1\n    explanation: 설명 ${id}입니다.\n${source}`;
// The schema asks for ten questions a page: these fill a file up to that.
const moreQuestions = (count: number) => Array.from({ length: count }, (_, i) => question(`more-${i + 1}`)).join('');

const cases: { name: string; files: Record<string, string>; env?: NodeJS.ProcessEnv; expected: RegExp[] }[] = [
  {
    name: 'a diagram without accTitle and accDescr',
    files: { ...asDomainPage('broken', 'diagram'), 'src/content/docs/broken.mdx': frontmatter + diagram('flowchart TB\n  A --> B') },
    expected: [/broken\.mdx/, /10번째 줄의 Mermaid 다이어그램에 accTitle\(제목\)과 accDescr\(설명\)이 없습니다/, /accDescr: 그림이 보여 주는/],
  },
  {
    name: 'a diagram with a Mermaid syntax error',
    files: { ...asDomainPage('broken', 'diagram'), 'src/content/docs/broken.mdx': frontmatter + diagram('flowchart TB\n  accTitle: 고장 난 그림\n  accDescr: 문법이 틀린 그림\n  A --> B -->') },
    // Drawing is allowed here (into the copy's own cache): only Mermaid itself knows its syntax.
    env: { DIAGRAM_CACHE: 'draw' },
    expected: [/broken\.mdx/, /10번째 줄에서 시작하는 Mermaid 다이어그램에 문법 오류가 있어 그릴 수 없습니다/, /A --> B -->\n-+\^/, /mermaid\.live/],
  },
  {
    name: 'a new diagram in a check build (tests, CI, deploy)',
    files: { ...asDomainPage('broken', 'diagram'), 'src/content/docs/broken.mdx': frontmatter + newDiagram },
    env: { DIAGRAM_CACHE: 'check' },
    expected: [/broken\.mdx:10/, /10번째 줄\("새 그림"\)의 다이어그램은 SVG가 public\/diagrams\/에 없습니다/, /다이어그램 그리기" 워크플로/],
  },
  {
    name: 'a new diagram and no browser in a local build',
    files: { ...asDomainPage('broken', 'diagram'), 'src/content/docs/broken.mdx': frontmatter + newDiagram },
    env: { DIAGRAM_CACHE: 'draw', CHROMIUM_PATH: 'none' },
    expected: [/broken\.mdx/, /10번째 줄\("새 그림"\)의 다이어그램이 캐시에 없는데 그릴 Chromium이 없습니다/, /npm run diagrams:draw/],
  },
  {
    name: 'a bare < in a note line',
    files: { ...asDomainPage('broken', 'diagram'), 'src/content/docs/broken.mdx': `${frontmatter}## 목표 {/* #goals */}\n\n- RPO <1시간\n` },
    expected: [/src\/content\/docs\/broken\.mdx:8:\d+: `<`가 HTML\/JSX 태그의 시작으로 읽혔/, /`\\<`로 쓰세요/],
  },
  {
    name: 'a bare { in a note line',
    files: { ...asDomainPage('broken', 'diagram'), 'src/content/docs/broken.mdx': `${frontmatter}## 정책 {/* #policy */}\n\n- 예: {"Effect": "Allow"}\n` },
    expected: [/src\/content\/docs\/broken\.mdx:8:\d+: `\{`가 JavaScript 식의 시작으로 읽혔/, /`\\\{`와 `\\\}`로 쓰거나/],
  },
  {
    name: 'self-check YAML that does not match the schema',
    files: { 'src/data/self-check/network.yaml': `page: network\nquestions:\n${question('one')}${question('two')}  - id: Three\n    question: 세 번째 질문은?\n    choices: [하나, 둘]\n    answer: 5\n    explanation: 설명입니다.\n${source}${moreQuestions(7)}` },
    expected: [
      /src\/data\/self-check\/network\.yaml:17: questions\.2\.id — 짧은 영어 id/,
      /network\.yaml:20: questions\.2\.answer — answer는 choices 중 정답의 번호/,
      /고치는 법: /,
    ],
  },
  {
    name: 'a question file whose page differs from its file name',
    files: { 'src/data/self-check/network.yaml': `page: storage\nquestions:\n${moreQuestions(10)}` },
    expected: [/src\/data\/self-check\/network\.yaml:1: page — page가 'storage'인데 파일 이름은 'network\.yaml'입니다/, /고치는 법: 파일 이름과 page를 같게/],
  },
  {
    name: 'a page missing from the domain list',
    files: { 'src/content/docs/new-topic.mdx': `${frontmatter}## 새 주제 {/* #new-topic */}\n\n- 노트 한 줄\n` },
    expected: [/src\/content\/docs\/new-topic\.mdx:1: .*'new-topic'가 src\/data\/domains\.ts의 도메인 목록에 없어/, /slugs에 'new-topic'를 강의 순서대로 넣으세요/],
  },
];

test.describe.configure({ mode: 'parallel' });

for (const [index, { name, files, env, expected }] of cases.entries()) {
  test(`${name} fails the build in Korean, naming the file and line`, () => {
    test.setTimeout(200_000);
    const result = buildFixtureSite(`content-error-${index}`, files, env);
    expect(result.status, result.output).not.toBe(0);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
    // Whatever failed, a check build wrote nothing into the copy's diagram cache.
    if (env?.DIAGRAM_CACHE === 'check') expect(readdirSync(join(result.dir, 'public/diagrams'))).toEqual(readdirSync('public/diagrams'));
  });
}

test('without a browser the unchanged site builds from the committed diagram cache', () => {
  test.setTimeout(200_000);
  const result = buildFixtureSite('no-browser', {}, { CHROMIUM_PATH: 'none', DIAGRAM_CACHE: 'draw' });
  expect(result.status, result.output).toBe(0);
});
