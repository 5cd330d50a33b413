// Scaffolds a domain page: the MDX page (frontmatter, a first section with its English id, a
// diagram to fill in), its place in the course order (src/data/domains.ts), its self-check
// questions (src/data/self-check/<slug>.yaml) and a glossary term for its "공식 문서" list, each
// with the parts to replace marked "(예시)".
//   npm run new:page -- <english-slug> "<한국어 제목>" ["<사이드바 그룹>"]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const page = (title) => `---
title: ${title}
description: (예시) ${title}에서 무엇을 배우는지 한두 문장으로 쓰세요. 검색 엔진과 채팅 미리보기에 나옵니다.
---

## (예시) 첫 섹션 {/* #first-section */}

- (예시) 노트 한 줄

\`\`\`mermaid
flowchart LR
  accTitle: (예시) 그림의 제목
  accDescr: (예시) 그림이 보여 주는 내용을 한두 문장으로 쓰세요.
  A["(예시) 사용자"] --> B["(예시) 서비스"]
\`\`\`
`;

const question = (n) => `  - id: example-${n}
    question: (예시) ${n}번 문제를 쓰세요.
    choices:
      - (예시) 보기 1
      - (예시) 보기 2
    answer: 1
    explanation: (예시) 정답인 까닭과 다른 보기가 틀린 까닭을 쓰세요.
    section: first-section # (예시) 이 문제를 가르치는 섹션의 영어 id
    source: https://docs.aws.amazon.com/ # (예시) 확인한 공식 문서 주소
`;

// The fact-check of the page's note lines (src/data/audit/<slug>.yaml, tests/unit/notes-audit.test.ts).
const audit = (slug) => `page: ${slug}
lines:
  - note: (예시) 노트 한 줄
    verdict: correct # (예시) correct·dated·incomplete·wrong 중 하나
    source: https://docs.aws.amazon.com/ # (예시) 확인한 공식 문서 주소
`;

// Each page's "공식 문서" list comes from the glossary entries that point to it.
const glossaryEntry = (slug, title) => `- id: ${slug}-example
  term: (예시) ${title}의 핵심 용어
  ko: (예시) 한국어 이름
  en: (example) English name
  aliases: [(예시) 검색어]
  definition: (예시) 용어의 뜻을 한 문장으로 쓰세요.
  page: ${slug}
  anchor: first-section
  docs: https://docs.aws.amazon.com/
`;

/**
 * src/data/domains.ts's text with `slug` added at the end of `group` (default: the last group).
 * @param {string} domains @param {string} slug @param {string} [group]
 */
export function withSlug(domains, slug, group) {
  const groups = [...domains.matchAll(/\{ label: '([^']+)', slugs: \[([^\]]*)\] \}/g)];
  const target = group ? groups.find(([, label]) => label === group) : groups.at(-1);
  if (!target) throw new Error(`그룹 '${group}'이 src/data/domains.ts에 없습니다. 있는 그룹: ${groups.map(([, l]) => l).join(', ')}`);
  const [line, label, slugs] = target;
  return domains.replace(line, `{ label: '${label}', slugs: [${slugs}, '${slug}'] }`);
}

/**
 * The files to write (path from the project root → content) for a new page.
 * @param {{ root?: string, slug: string, title: string, group?: string }} options
 * @returns {Record<string, string>}
 */
export function scaffold({ root = ROOT, slug, title, group }) {
  if (!SLUG.test(slug ?? '')) throw new Error(`주소로 쓸 짧은 영어 slug를 주세요 (소문자·숫자·하이픈, 예: cost-management). 받은 값: ${slug}`);
  if (!title) throw new Error('한국어 제목을 주세요: npm run new:page -- cost-management "비용 관리"');
  const mdx = `src/content/docs/${slug}.mdx`;
  if (existsSync(join(root, mdx))) throw new Error(`${mdx}가 이미 있습니다.`);
  return {
    [mdx]: page(title),
    'src/data/domains.ts': withSlug(readFileSync(join(root, 'src/data/domains.ts'), 'utf8'), slug, group),
    // The schema asks for 10 questions a page (src/content.config.ts).
    [`src/data/self-check/${slug}.yaml`]: `page: ${slug}\nquestions:\n${Array.from({ length: 10 }, (_, i) => question(i + 1)).join('')}`,
    [`src/data/audit/${slug}.yaml`]: audit(slug),
    'src/data/glossary.yaml': `${readFileSync(join(root, 'src/data/glossary.yaml'), 'utf8').trimEnd()}\n${glossaryEntry(slug, title)}`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [slug, title, group] = process.argv.slice(2);
  try {
    for (const [path, content] of Object.entries(scaffold({ slug, title, group }))) {
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), content);
      console.log(`썼습니다: ${path}`);
    }
    console.log('"(예시)"로 표시한 곳을 고치고, 다이어그램은 npm run diagrams:draw로 그리세요 (풀 리퀘스트에서는 워크플로가 그립니다).');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
