import { expect, type Page, test } from '@playwright/test';
import { IMPORT_ERRORS } from '../src/progress/transfer';
import { STORAGE_KEY } from '../src/progress/storage';
import { questionBank, storedRecord } from './support/study';

const NOTICE = '기록이 저장되지 않아요';

/** Errors thrown by the site's study scripts (Starlight's own theme and sidebar scripts are not ours to change). */
function studyScriptErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (!/\/_astro\/(page|exam|review|progress)\b/.test(error.stack ?? '')) return;
    errors.push(`${error.message}\n${error.stack}`);
  });
  return errors;
}

/** On /iam/: answers the first question wrong and the second right, then reads to the end. */
async function studyIam(page: Page) {
  const iam = (await questionBank(page)).filter((q) => q.key.startsWith('iam/'));
  await page.goto('iam/');
  const [first, second] = iam;
  await page.locator(`fieldset[data-key="${first!.key}"] input:not([data-correct])`).first().check();
  await page.locator(`fieldset[data-key="${second!.key}"] input[data-correct]`).check();
  await page.mouse.wheel(0, 100_000);
  await expect(page.locator('#starlight__sidebar a[href$="/iam/"]')).toHaveAttribute('data-read', 'true');
  return iam.length;
}

const iamRow = (page: Page) => page.locator('tr[data-slug="iam"]');

test('export, reset and import bring everything back', async ({ page }) => {
  const total = await studyIam(page);
  const before = await storedRecord(page);
  await page.goto('progress/');
  await expect(iamRow(page)).toContainText(`다 읽음1 / ${total}1`);

  await page.getByRole('button', { name: '기록 내보내기' }).click();
  // The text is made asynchronously (compressed): wait for it before reading it.
  await expect(page.getByLabel('내보낸 기록')).toHaveValue(/^asn1\./);
  const text = await page.getByLabel('내보낸 기록').inputValue();
  expect(text).toMatch(/^asn1\./);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '모든 기록 지우기' }).click();
  await expect(page.getByText('기록을 모두 지웠어요.')).toBeVisible();
  await expect(iamRow(page)).toContainText(`–0 / ${total}0`);
  await expect(page.locator('#starlight__sidebar a[href$="/iam/"]')).toHaveAttribute('data-read', 'false');
  await page.goto('review/');
  await expect(page.getByRole('heading', { name: '오답노트가 비어 있어요' })).toBeVisible();

  await page.goto('progress/');
  await page.getByLabel('가져올 기록 붙여 넣기').fill(text);
  await page.getByRole('button', { name: '가져오기' }).click();
  await expect(page.getByText('기록을 가져왔어요: 읽은 페이지 1개, 답한 문제 2개, 오답노트 1개.')).toBeVisible();
  await expect(iamRow(page)).toContainText(`다 읽음1 / ${total}1`);
  expect(await storedRecord(page)).toBe(before);
  await page.goto('review/');
  await expect(page.locator('.review-items > li')).toHaveCount(1);
});

test('a tampered or foreign text is refused with a Korean message and changes nothing', async ({ page }) => {
  const total = await studyIam(page);
  await page.goto('progress/');
  await page.getByRole('button', { name: '기록 내보내기' }).click();
  // The text is made asynchronously (compressed): wait for it before reading it.
  await expect(page.getByLabel('내보낸 기록')).toHaveValue(/^asn1\./);
  const text = await page.getByLabel('내보낸 기록').inputValue();
  const before = await storedRecord(page);
  let asked = false;
  page.on('dialog', (dialog) => {
    asked = true;
    return dialog.dismiss();
  });
  const body = text.split('.')[1]!;
  const tampered = text.replace(body, body.slice(0, 5) + (body[5] === 'x' ? 'y' : 'x') + body.slice(6));
  for (const [input, message] of [
    [tampered, IMPORT_ERRORS.damaged],
    [text.slice(0, -3), IMPORT_ERRORS.foreign],
    ['내 진도 기록이에요', IMPORT_ERRORS.foreign],
  ] as const) {
    await page.getByLabel('가져올 기록 붙여 넣기').fill(input);
    await page.getByRole('button', { name: '가져오기' }).click();
    await expect(page.locator('[data-transfer-status]')).toHaveText(message);
    expect(await storedRecord(page)).toBe(before);
    await expect(iamRow(page)).toContainText(`다 읽음1 / ${total}1`);
  }
  expect(asked).toBe(false);
});

test('blocked storage (private mode): pages still work and say that nothing is remembered', async ({ page }) => {
  const errors = studyScriptErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const iam = (await questionBank(page)).filter((q) => q.key.startsWith('iam/'));
  await page.goto('iam/');
  await expect(page.getByText(NOTICE)).toBeVisible();
  const question = page.locator('.self-check .question').first();
  await question.locator('label:has(input[data-correct])').click();
  await expect(question.getByText('정답이에요.')).toBeVisible();
  for (const path of ['exam/', 'review/', 'progress/']) {
    await page.goto(path);
    await expect(page.getByText(NOTICE)).toBeVisible();
  }
  await page.goto('exam/');
  await page.getByRole('button', { name: '모의고사 시작' }).click();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '제출하고 채점하기' }).click();
  await expect(page.getByRole('heading', { name: /^결과:/ })).toBeVisible();
  expect(iam.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('full storage: answering still works and the page says the record was not saved', async ({ page }) => {
  const errors = studyScriptErrors(page);
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, STORAGE_KEY);
  await page.goto('iam/');
  await expect(page.getByText(NOTICE)).toBeHidden();
  const question = page.locator('.self-check .question').first();
  await question.locator('label:has(input:not([data-correct]))').first().click();
  await expect(question.getByText('아쉬워요')).toBeVisible();
  await expect(page.getByText(NOTICE)).toBeVisible();
  expect(errors).toEqual([]);
});

test('old or foreign stored data is ignored without errors and replaced on the next answer', async ({ page }) => {
  const errors = studyScriptErrors(page);
  await page.goto('iam/');
  await page.evaluate((key) => {
    localStorage.setItem('self-check:iam-q1', '2');
    localStorage.setItem(key, '{"q":[1,2],"r":null}');
  }, STORAGE_KEY);
  for (const path of ['iam/', '', 'review/', 'progress/', 'exam/']) {
    await page.goto(path);
    await expect(page.getByText(NOTICE)).toBeHidden();
  }
  await page.goto('iam/');
  await expect(page.locator('.self-check input:checked')).toHaveCount(0);
  await page.locator('.self-check .question').first().locator('label:has(input[data-correct])').click();
  const key = (await page.locator('.self-check fieldset').first().getAttribute('data-key'))!;
  expect(JSON.parse((await storedRecord(page))!).q[key]).toEqual({ c: expect.any(Number), ok: true });
  // What is left of the odd data does not stop the record from moving to another device.
  await page.goto('progress/');
  await page.getByRole('button', { name: '기록 내보내기' }).click();
  // The text is made asynchronously (compressed): wait for it before reading it.
  await expect(page.getByLabel('내보낸 기록')).toHaveValue(/^asn1\./);
  await page.getByLabel('가져올 기록 붙여 넣기').fill(await page.getByLabel('내보낸 기록').inputValue());
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '가져오기' }).click();
  await expect(page.getByText('기록을 가져왔어요: 읽은 페이지 0개, 답한 문제 1개, 오답노트 0개.')).toBeVisible();
  expect(errors).toEqual([]);
});
