import { expect, test } from 'vitest';
import { answer, emptyProgress, migrate, rightCount } from '../../src/progress/model';
import { reviewList } from '../../src/progress/review-list';

const DAY = 20_000;

test('a wrong answer puts the question in the 오답노트 with its day', () => {
  const progress = emptyProgress();
  answer(progress, 'iam/root-user', 2, false, DAY);
  expect(reviewList(progress, DAY)).toEqual([{ key: 'iam/root-user', wrongOn: DAY, rightDays: 0, due: false }]);
  expect(reviewList(progress, DAY + 1)[0]!.due).toBe(true);
});

test('it leaves after right answers on two different days after the mistake', () => {
  const progress = emptyProgress();
  answer(progress, 'iam/root-user', 2, false, DAY);
  answer(progress, 'iam/root-user', 1, true, DAY + 1);
  expect(reviewList(progress, DAY + 1)).toEqual([{ key: 'iam/root-user', wrongOn: DAY, rightDays: 1, due: false }]);
  answer(progress, 'iam/root-user', 1, true, DAY + 3);
  expect(reviewList(progress, DAY + 3)).toEqual([]);
  expect(progress.q['iam/root-user']).toEqual({ c: 1, ok: true });
});

test('right answers on the day of the mistake, or twice on one day, do not count', () => {
  const progress = emptyProgress();
  answer(progress, 'iam/root-user', 2, false, DAY);
  answer(progress, 'iam/root-user', 1, true, DAY);
  expect(reviewList(progress, DAY)[0]!.rightDays).toBe(0);
  answer(progress, 'iam/root-user', 1, true, DAY + 1);
  answer(progress, 'iam/root-user', 1, true, DAY + 1);
  expect(reviewList(progress, DAY + 1)[0]!.rightDays).toBe(1);
});

test('a new mistake starts the count again', () => {
  const progress = emptyProgress();
  answer(progress, 'iam/root-user', 2, false, DAY);
  answer(progress, 'iam/root-user', 1, true, DAY + 1);
  answer(progress, 'iam/root-user', 3, false, DAY + 2);
  expect(reviewList(progress, DAY + 2)).toEqual([{ key: 'iam/root-user', wrongOn: DAY + 2, rightDays: 0, due: false }]);
});

test('a question answered right first never enters the 오답노트; right answers count per page', () => {
  const progress = emptyProgress();
  answer(progress, 'iam/root-user', 1, true, DAY);
  answer(progress, 'iam/mfa', 1, true, DAY);
  answer(progress, 'iam-extra/mfa', 1, true, DAY);
  answer(progress, 'network/nacl', 4, false, DAY);
  expect(reviewList(progress, DAY).map((item) => item.key)).toEqual(['network/nacl']);
  expect(rightCount(progress, 'iam')).toBe(2);
  expect(rightCount(progress, 'network')).toBe(0);
});

test('due questions come first, then the oldest mistakes', () => {
  const progress = emptyProgress();
  answer(progress, 'b/new', 1, false, DAY + 2);
  answer(progress, 'a/old', 1, false, DAY);
  answer(progress, 'c/older', 1, false, DAY - 1);
  expect(reviewList(progress, DAY + 2).map((item) => item.key)).toEqual(['c/older', 'a/old', 'b/new']);
});

test('stored data that is missing, not JSON, from elsewhere or odd reads as a usable record', () => {
  for (const stored of [null, '', 'not json', '"text"', '42', 'null', '[]', '{"v":0,"answers":{"iam-q1":"2"}}']) {
    const progress = migrate(stored);
    expect(progress, String(stored)).toEqual({ q: {}, r: {} });
    expect(() => answer(progress, 'iam/root-user', 1, false, DAY)).not.toThrow();
  }
  const odd = migrate('{"q":{"iam/a":5,"iam/b":null,"iam/c":{"c":2,"ok":true}},"r":"iam"}');
  expect(() => {
    answer(odd, 'iam/a', 1, true, DAY);
    reviewList(odd, DAY);
    rightCount(odd, 'iam');
  }).not.toThrow();
  expect(rightCount(odd, 'iam')).toBe(2);
});
