// The exam's arithmetic: drawing questions, the time limit, scoring.
import type { BankPage, BankQuestion } from './bank';

export const EXAM_LENGTHS = [10, 20, 65] as const;
/** The real exam: 130 minutes for 65 questions; shorter sets get the same time per question. */
export const SECONDS_PER_QUESTION = (130 * 60) / 65;

/** `count` questions drawn at random (Fisher–Yates) from the chosen pages, fewer if there are not that many. */
export function draw(pages: BankPage[], slugs: string[], count: number, random = Math.random): BankQuestion[] {
  const pool = pages.filter((page) => slugs.includes(page.slug)).flatMap((page) => page.questions);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export const timeLimitSeconds = (questions: number) => Math.round(questions * SECONDS_PER_QUESTION);

/** 125 → "2:05" */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export interface PageScore {
  slug: string;
  title: string;
  right: number;
  total: number;
}

/** Right answers per page, in course order, for the pages that had questions in the exam. */
export function scoreByPage(pages: BankPage[], questions: BankQuestion[], choices: (number | undefined)[]): PageScore[] {
  return pages
    .map(({ slug, title }) => {
      const mine = questions.map((q, i) => ({ q, choice: choices[i] })).filter(({ q }) => q.key.startsWith(`${slug}/`));
      return { slug, title, total: mine.length, right: mine.filter(({ q, choice }) => choice === q.answer).length };
    })
    .filter((score) => score.total > 0);
}
