// A member's mistake in a question file or a new page's place in the course is reported in Korean
// with the file, the YAML line and the fix: the checks the content loaders run
// (src/data/content-checks.ts through src/lib/content-errors.ts), on files written here.
// tests/bad-input-fails-the-build.test.ts shows one of them failing a real build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { isInDomainList, pageMatchesFileName, SELF_CHECK_FIX, selfCheckSchema } from '../../src/data/content-checks';
import { entryError } from '../../src/lib/content-errors';

const root = mkdtempSync(join(tmpdir(), 'content-errors-'));
const source = '    section: vpc\n    source: https://docs.aws.amazon.com/vpc/latest/userguide/\n';
const question = (id: string, answer = 1) => `  - id: ${id}\n    question: 질문 ${id}은 무엇인가요?\n    choices: [하나, 둘]\n    answer: ${answer}\n    explanation: 설명 ${id}입니다.\n${source}`;
const questions = (count: number) => Array.from({ length: count }, (_, i) => question(`q-${i + 1}`)).join('');
const selfCheck = { schema: selfCheckSchema, fix: SELF_CHECK_FIX, check: pageMatchesFileName };

async function questionFileError(name: string, text: string) {
  const filePath = join(root, 'src/data/self-check', `${name}.yaml`);
  mkdirSync(join(root, 'src/data/self-check'), { recursive: true });
  writeFileSync(filePath, text);
  return (await entryError({ filePath, id: name, data: parse(text) }, selfCheck, root))?.message;
}

test('a well-formed question file passes', async () => {
  expect(await questionFileError('network', `page: network\nquestions:\n${questions(10)}`)).toBeUndefined();
});

test('a question with a Korean id and an answer past its choices is named at both YAML lines, with the fix', async () => {
  const text = `page: network\nquestions:\n${question('one')}${question('two')}${question('Three', 5)}${questions(7)}`;
  const lines = text.split('\n');
  const message = await questionFileError('network', text);
  expect(message).toContain(`src/data/self-check/network.yaml:${lines.indexOf('  - id: Three') + 1}: questions.2.id — 짧은 영어 id`);
  expect(message).toContain(`network.yaml:${lines.indexOf('    answer: 5') + 1}: questions.2.answer — answer는 choices 중 정답의 번호`);
  expect(message).toContain('고치는 법: 위 줄을 고치세요');
});

test('a question file with too few questions says how many a page needs', async () => {
  expect(await questionFileError('network', `page: network\nquestions:\n${questions(3)}`)).toMatch(/network\.yaml:3: questions — 문제는 페이지마다 10개 이상/);
});

test('a question file whose page differs from its file name says which to rename', async () => {
  const message = await questionFileError('network', `page: storage\nquestions:\n${questions(10)}`);
  expect(message).toContain("src/data/self-check/network.yaml:1: page — page가 'storage'인데 파일 이름은 'network.yaml'입니다");
  expect(message).toContain('고치는 법: 파일 이름과 page를 같게');
});

test('a page missing from the domain list is named, with where to add it', async () => {
  const filePath = join(root, 'src/content/docs/new-topic.mdx');
  mkdirSync(join(root, 'src/content/docs'), { recursive: true });
  writeFileSync(filePath, '---\ntitle: 새 주제\n---\n\n## 새 주제 {/* #new-topic */}\n');
  const message = (await entryError({ filePath, id: 'new-topic', data: {} }, { check: isInDomainList }, root))?.message;
  expect(message).toMatch(/src\/content\/docs\/new-topic\.mdx:1: .*'new-topic'가 src\/data\/domains\.ts의 도메인 목록에 없어/);
  expect(message).toContain("slugs에 'new-topic'를 강의 순서대로 넣으세요");
  expect(await entryError({ filePath, id: 'network', data: {} }, { check: isInDomainList }, root)).toBeUndefined();
});
