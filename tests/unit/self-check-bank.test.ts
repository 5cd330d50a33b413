// The question bank as a whole (src/data/self-check/*.yaml): enough questions per domain, correct
// answers not piling up in one position, no choice that gives itself away by absolute wording,
// and every question pointing at the section that teaches it and at an official source.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { domainSlugs } from '../../src/data/domains';
import { domainMdx, headings } from '../support/note-lines';

interface Question {
  id: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
  section?: string;
  source?: string;
}

const bank = domainSlugs.map((slug) => ({
  slug,
  questions: (load(readFileSync(new URL(`../../src/data/self-check/${slug}.yaml`, import.meta.url), 'utf8')) as { questions: Question[] }).questions,
}));
const all = bank.flatMap(({ slug, questions }) => questions.map((q) => ({ slug, ...q })));

/** Share of the bank's answers any one position may hold. */
const MAX_SHARE_PER_POSITION = 0.35;
/** Absolute wording that marks a choice as the odd one out (usually the wrong one). */
const GIVEAWAY = /만\s*가능|항상|절대|반드시|무조건|오직|모든\s*경우|어떤\s*경우에도/;
const OFFICIAL = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;

test(`no answer position holds more than ${MAX_SHARE_PER_POSITION * 100} % of the answers`, () => {
  const counts = new Map<number, number>();
  for (const q of all) counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1);
  const crowded = [...counts].filter(([, count]) => count / all.length > MAX_SHARE_PER_POSITION);
  expect(crowded.map(([position, count]) => `${position}번: ${count}/${all.length}`)).toEqual([]);
});

const headingIds = (slug: string) => new Set(headings(domainMdx(slug)).map((h) => h.id));

describe.each(bank)('$slug', ({ slug, questions }) => {
  test('has at least 10 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
  });

  test('no choice gives itself away with absolute wording', () => {
    expect(questions.flatMap((q) => q.choices.filter((choice) => GIVEAWAY.test(choice)).map((choice) => `${q.id}: ${choice}`))).toEqual([]);
  });

  test('every question names a section of the page that teaches it', () => {
    const ids = headingIds(slug);
    expect(questions.filter((q) => !q.section || !ids.has(q.section)).map((q) => `${q.id}: #${q.section ?? '(none)'}`)).toEqual([]);
  });

  test('every explanation links an official AWS documentation page', () => {
    expect(questions.filter((q) => !q.source || !OFFICIAL.test(q.source)).map((q) => `${q.id}: ${q.source ?? '(none)'}`)).toEqual([]);
  });
});
