import { expect, test } from '@playwright/test';

// Each page's questions and their right answers: tests/every-page.test.ts.
test('choosing an answer says whether it is right, and the explanation opens on request', async ({ page }) => {
  await page.goto('iam/');
  const question = page.locator('.self-check .question').first();
  await question.locator('label:has(input:not([data-correct]))').first().click();
  await expect(question.getByText('아쉬워요')).toBeVisible();
  await question.locator('label:has(input[data-correct])').click();
  await expect(question.getByText('정답이에요.')).toBeVisible();
  await expect(question.getByText('아쉬워요')).toBeHidden();
  const explanation = question.locator('details p');
  await expect(explanation).toBeHidden();
  await question.getByText('정답과 해설 보기').click();
  await expect(explanation).toContainText('정답:');
  await expect(explanation.getByRole('link', { name: '공식 문서에서 확인하기' })).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
});

test('the keyboard reaches every choice and the answer', async ({ page }) => {
  await page.goto('iam/');
  const firstChoice = page.locator('.self-check input[type=radio]').first();
  await firstChoice.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.self-check input[type=radio]').nth(1)).toBeChecked();
  const summary = page.locator('.self-check summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.self-check details').first()).toHaveAttribute('open', '');
});

test('the reader\'s answers stay in this browser across reloads', async ({ page }) => {
  await page.goto('network/');
  const choice = page.locator('.self-check .question').nth(1).locator('input').nth(2);
  await choice.check();
  await page.reload();
  await expect(page.locator('.self-check .question').nth(1).locator('input').nth(2)).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('questions still give right/wrong feedback and reveal the answer', async ({ page }) => {
    await page.goto('backup/');
    const question = page.locator('.self-check .question').first();
    await question.locator('label:has(input[data-correct])').click();
    await expect(question.getByText('정답이에요.')).toBeVisible();
    await question.getByText('정답과 해설 보기').click();
    await expect(question.locator('details p')).toBeVisible();
  });
});
