import { expect, type Page, test } from '@playwright/test';
import type { BankQuestion } from '../src/progress/bank';
import { day, questionBank } from './support/study';
import { DESKTOP_PASSES, expectNoAxeViolations, PHONE_PASSES } from './support/axe';

/** Starts a 10-question exam with the defaults (all domains, one question at a time). */
async function startExam(page: Page, options: { list?: boolean; timer?: boolean } = {}) {
  await page.goto('exam/');
  if (options.list) await page.getByLabel('목록으로 한 번에').check();
  if (options.timer) await page.getByLabel(/제한 시간 켜기/).check();
  await page.getByRole('button', { name: '모의고사 시작' }).click();
  await expect(page.locator('.exam-questions > li')).toHaveCount(10);
}

/** Answers every question of the running exam: right where `right(i)` says so, else wrong. */
async function answerExam(page: Page, bank: BankQuestion[], right: (index: number) => boolean) {
  const answered: { question: BankQuestion; right: boolean }[] = [];
  for (let i = 0; i < 10; i++) {
    const item = page.locator('.exam-questions > li').nth(i);
    const text = await item.locator('legend').textContent();
    const question = bank.find((q) => q.question === text)!;
    const choice = right(i) ? question.answer : (question.answer % question.choices.length) + 1;
    await item.getByLabel(question.choices[choice - 1]!, { exact: true }).check();
    answered.push({ question, right: right(i) });
    if (i < 9 && (await page.getByRole('button', { name: '다음 문제' }).isVisible())) {
      await page.getByRole('button', { name: '다음 문제' }).click();
    }
  }
  return answered;
}

/** Answers a 오답노트 entry right and returns what it says. */
async function retryRight(page: Page, question: BankQuestion) {
  const entry = page.locator('.review-items > li').filter({ hasText: question.question });
  await entry.getByLabel(question.choices[question.answer - 1]!, { exact: true }).check();
  await entry.getByRole('button', { name: '확인' }).click();
  return entry.getByRole('status');
}

test('an exam\'s mistakes wait in 오답노트 and leave after right answers on two later days', async ({ page }) => {
  const bank = await questionBank(page);
  await page.clock.setFixedTime(day(0));
  await startExam(page);
  const answered = await answerExam(page, bank, (i) => i % 3 !== 0);
  await page.getByRole('button', { name: '제출하고 채점하기' }).click();
  const heading = page.getByRole('heading', { name: /^결과: 10문제 중 6문제 맞힘/ });
  await expect(heading).toBeFocused();
  // The sidebar counts the exam's right answers at once.
  await expect(page.locator('#starlight__sidebar a[data-progress]:not([data-right="0"])').first()).toBeAttached();
  await expect(page.locator('.exam-answers > li')).toHaveCount(10);
  for (const [i, { question }] of answered.entries()) {
    const explained = page.locator('.exam-answers > li').nth(i);
    await expect(explained).toContainText(`정답: ${question.answer}번 ${question.choices[question.answer - 1]}`);
    await expect(explained).toContainText(question.explanation);
    await expect(explained.getByRole('link', { name: /^노트에서 보기/ })).toHaveAttribute('href', question.href);
  }
  const wrong = answered.filter((a) => !a.right).map((a) => a.question);

  await page.reload();
  await page.goto('review/');
  await expect(page.locator('.review-items > li')).toHaveCount(wrong.length);
  for (const question of wrong) {
    await expect(page.locator('.review-items > li').filter({ hasText: question.question })).toContainText('2026-12-01에 틀림');
  }

  await page.clock.setFixedTime(day(1));
  await page.reload();
  for (const question of wrong) await expect(await retryRight(page, question)).toContainText('다른 날 한 번 더 맞히면');
  await page.reload();
  await expect(page.locator('.review-items > li')).toHaveCount(wrong.length);

  await page.clock.setFixedTime(day(3));
  await page.reload();
  for (const question of wrong) await expect(await retryRight(page, question)).toContainText('오답노트에서 뺐어요');
  await page.reload();
  await expect(page.getByRole('heading', { name: '오답노트가 비어 있어요' })).toBeVisible();
  await expect(page.locator('.review-items > li')).toHaveCount(0);
});

test('a wrong answer on a domain page joins 오답노트; a right one the same day does not take it out', async ({ page }) => {
  const bank = await questionBank(page);
  const question = bank.find((q) => q.key.startsWith('network/'))!;
  await page.clock.setFixedTime(day(0));
  await page.goto('network/');
  const fieldset = page.locator(`fieldset[data-key="${question.key}"]`);
  await fieldset.getByLabel(question.choices[question.answer % question.choices.length]!, { exact: true }).check();
  await fieldset.getByLabel(question.choices[question.answer - 1]!, { exact: true }).check();
  await page.goto('review/');
  await expect(page.locator('.review-items > li')).toHaveCount(1);
  await expect(await retryRight(page, question)).toContainText('내일 다시 맞혀야');
});

test('the home cards and the sidebar count questions answered right and pages read', async ({ page }) => {
  const bank = await questionBank(page);
  const iam = bank.filter((q) => q.key.startsWith('iam/'));
  await page.goto('');
  const card = page.locator('.domain-cards a[href$="/iam/"]');
  await expect(card).toHaveAccessibleName('1. IAM·Organizations');

  await page.goto('iam/');
  const link = page.locator('#starlight__sidebar a[href$="/iam/"]');
  await expect(link).toHaveAccessibleName('IAM·Organizations');
  for (const question of iam.slice(0, 2)) {
    await page.locator(`fieldset[data-key="${question.key}"]`).getByLabel(question.choices[question.answer - 1]!, { exact: true }).check();
  }
  await expect(link).toHaveAccessibleName(`IAM·Organizations, 맞힌 문제 2/${iam.length}`);
  // Reaching the end of the page marks it read.
  await page.mouse.wheel(0, 100_000);
  await expect(link).toHaveAccessibleName(`IAM·Organizations, 읽음, 맞힌 문제 2/${iam.length}`);

  await page.goto('');
  await expect(card).toHaveAccessibleName(`1. IAM·Organizations 다 읽음 · 맞힌 문제 2/${iam.length}`);
  await page.goto('iam/');
  await expect(page.locator(`fieldset[data-key="${iam[0]!.key}"] input[data-correct]`)).toBeChecked();
});

test('with the countdown on, the exam hands itself in when the time is up', async ({ page }) => {
  await page.clock.install({ time: day(0) });
  await startExam(page, { timer: true });
  await expect(page.getByRole('timer')).toHaveText('남은 시간 20:00');
  await page.clock.runFor(60_000);
  await expect(page.getByRole('timer')).toHaveText('남은 시간 19:00');
  await page.clock.runFor(19 * 60_000);
  await expect(page.getByRole('heading', { name: /^결과: 10문제 중 0문제 맞힘/ })).toBeFocused();
  await expect(page.getByText('시간이 끝나 자동으로 제출했어요.')).toBeVisible();
  await expect(page.locator('.exam-answers .exam-wrong').first()).toHaveText('안 풀었어요');
});

test('the exam works with the keyboard: focus moves to each question and to the results', async ({ page }) => {
  await page.goto('exam/');
  await page.getByRole('button', { name: '모의고사 시작' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '문제 1 / 10' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('.exam-questions > li').first().locator('input:checked')).toHaveCount(1);
  await page.getByRole('button', { name: '다음 문제' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '문제 2 / 10' })).toBeFocused();
  await expect(page.locator('.exam-questions > li').first()).toBeHidden();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '제출하고 채점하기' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^결과: 10문제 중/ })).toBeFocused();
});

test('as a list, the exam shows all its questions at once', async ({ page }) => {
  await startExam(page, { list: true });
  await expect(page.locator('.exam-questions > li:visible')).toHaveCount(10);
  await expect(page.getByRole('button', { name: '다음 문제' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/exam/ lists every question with its answer in a <details> and says the timed exam needs JavaScript', async ({ page }) => {
    const bank = await questionBank(page);
    await page.goto('exam/');
    await expect(page.getByText('제한 시간은 JavaScript가 필요해요', { exact: false })).toBeVisible();
    await expect(page.locator('[data-exam-all] .question')).toHaveCount(bank.length);
    await expect(page.locator('[data-exam-all] .question details')).toHaveCount(bank.length);
    await expect(page.getByRole('button', { name: '모의고사 시작' })).toBeHidden();
    const first = page.locator('[data-exam-all] .question').first();
    await first.getByText('정답과 해설 보기').click();
    await expect(first.locator('details')).toContainText(`정답: ${bank[0]!.answer}번`);
  });
});

// Each state at the phone width in both themes. The desktop width adds only layout, the same in
// every state and checked on /exam/ before the start (every-page): once, on the results, in one theme.
test('a running exam, its results and a filled 오답노트 pass axe at 375 px in both themes and at 1280 px', async ({ page }) => {
  test.setTimeout(120_000);
  const bank = await questionBank(page);
  await startExam(page, { timer: true });
  await expectNoAxeViolations(page, PHONE_PASSES, 'exam');
  await answerExam(page, bank, (i) => i % 2 === 0);
  await page.getByRole('button', { name: '제출하고 채점하기' }).click();
  await expect(page.locator('.exam-answers > li')).toHaveCount(10);
  await expectNoAxeViolations(page, [...PHONE_PASSES, DESKTOP_PASSES[0]], 'results');
  await page.goto('review/');
  await page.locator('.review-items > li').first().getByRole('button', { name: '확인' }).click();
  await expectNoAxeViolations(page, PHONE_PASSES, 'review');
});
