// What the build checks in a member's content beyond Starlight's own schema: the self-check
// question files and that every docs page is in the course order. content.config.ts wires these
// into the collections (with Korean errors at the YAML line: src/lib/content-errors.ts); unit
// tests run them on fixtures without a build.
import { z } from 'astro/zod';
import { domainSlugs } from './domains';
import type { Finding } from '../lib/content-errors';

const selfCheckQuestion = z
  .object({
    question: z.string().min(5),
    choices: z.array(z.string().min(1)).min(2).max(5),
    /** 1-based number of the correct choice. */
    answer: z.number().int().min(1),
    explanation: z.string().min(5),
    /** Stable short English id, unique on its page: progress and 오답노트 are keyed by `page/id`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '짧은 영어 id(소문자·숫자·하이픈)를 쓰세요. 예: nat-gateway'),
    /** Heading id on the page of the section that teaches this (links from exam results). */
    section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Official AWS documentation page the question and its explanation were checked against. */
    source: z.string().url().startsWith('https://'),
  })
  .refine((q) => q.answer <= q.choices.length, { message: 'answer는 choices 중 정답의 번호(첫 보기가 1)여야 합니다', path: ['answer'] });

export const selfCheckSchema = z.object({
  page: z.enum(domainSlugs as [string, ...string[]]),
  questions: z
    .array(selfCheckQuestion)
    .min(10, '문제는 페이지마다 10개 이상 있어야 합니다')
    .max(20)
    .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: '한 파일 안에서 문제 id가 겹칩니다: 문제마다 다른 id를 쓰세요' }),
});

// Docs pages that are not domain pages (every other page must be in the course order).
const NOT_DOMAIN_PAGES = ['index'];

export function isInDomainList(id: string): Finding | undefined {
  if (domainSlugs.includes(id) || NOT_DOMAIN_PAGES.includes(id)) return undefined;
  return {
    problems: [{ path: [], message: `페이지 '${id}'가 src/data/domains.ts의 도메인 목록에 없어 사이드바·홈·이전/다음 링크에 나오지 않습니다` }],
    fix: `src/data/domains.ts의 알맞은 그룹 slugs에 '${id}'를 강의 순서대로 넣으세요.`,
  };
}

/** A question file belongs to the page it is named after (src/data/self-check/<page>.yaml). */
export function pageMatchesFileName(id: string, data: unknown): Finding | undefined {
  const { page } = data as { page: string };
  if (page === id) return undefined;
  return {
    problems: [{ path: ['page'], message: `page가 '${page}'인데 파일 이름은 '${id}.yaml'입니다` }],
    fix: `파일 이름과 page를 같게 하세요 (이 파일이 ${id} 페이지의 문제라면 page: ${id}, ${page} 페이지의 문제라면 파일 이름을 ${page}.yaml로).`,
  };
}

export const SELF_CHECK_FIX =
  '위 줄을 고치세요. 문제 하나는 id, question, choices(2~5개), answer(정답 번호), explanation, section(가르치는 섹션의 영어 id), source(공식 문서 주소)로 쓰고, 페이지마다 10문제 이상입니다 (다른 src/data/self-check/*.yaml 참고).';
