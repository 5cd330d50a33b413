import { expect, test } from 'vitest';
import type { BankPage } from '../../src/progress/bank';
import { clock, draw, scoreByPage, timeLimitSeconds } from '../../src/progress/exam-logic';

const page = (slug: string, count: number): BankPage => ({
  slug,
  title: slug.toUpperCase(),
  questions: Array.from({ length: count }, (_, i) => ({
    key: `${slug}/q${i}`,
    question: `${slug} ${i}?`,
    choices: ['a', 'b', 'c'],
    answer: 1 + (i % 3),
    explanation: '...',
    href: `/${slug}/#self-check`,
    source: 'https://docs.aws.amazon.com/',
  })),
});
const bank = [page('iam', 5), page('network', 4), page('edge', 3)];

test('draws distinct questions from the chosen domains only, at most as many as there are', () => {
  const drawn = draw(bank, ['iam', 'edge'], 6);
  expect(drawn).toHaveLength(6);
  expect(new Set(drawn.map((q) => q.key)).size).toBe(6);
  expect(drawn.every((q) => /^(iam|edge)\//.test(q.key))).toBe(true);
  expect(draw(bank, ['network'], 65)).toHaveLength(4);
  expect(draw(bank, [], 10)).toEqual([]);
});

test('the draw is random: different random numbers give different orders', () => {
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const orders = new Set(Array.from({ length: 20 }, () => draw(bank, ['iam', 'network', 'edge'], 12, random).map((q) => q.key).join()));
  expect(orders.size).toBeGreaterThan(15);
});

test('the time limit is the real exam\'s 130 minutes for 65 questions, scaled', () => {
  expect(timeLimitSeconds(65)).toBe(130 * 60);
  expect(timeLimitSeconds(10)).toBe(20 * 60);
  expect(timeLimitSeconds(20)).toBe(40 * 60);
  expect(clock(20 * 60)).toBe('20:00');
  expect(clock(65)).toBe('1:05');
});

test('the per-domain breakdown counts right answers in course order', () => {
  const questions = [bank[2]!.questions[0]!, bank[0]!.questions[1]!, bank[0]!.questions[2]!];
  // Right: edge q0 (answer 1); iam q1's answer is 2 (chosen 1: wrong); iam q2 unanswered.
  expect(scoreByPage(bank, questions, [1, 1, undefined])).toEqual([
    { slug: 'iam', title: 'IAM', right: 0, total: 2 },
    { slug: 'edge', title: 'EDGE', right: 1, total: 1 },
  ]);
});
