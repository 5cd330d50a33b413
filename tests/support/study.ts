// What the study-progress tests know of the site: the question bank as the exam page fetches it,
// and the reader's record in this browser.
import type { Page } from '@playwright/test';
import type { BankPage, BankQuestion } from '../../src/progress/bank';
import { STORAGE_KEY } from '../../src/progress/storage';

export async function questionBank(page: Page): Promise<BankQuestion[]> {
  const response = await page.request.get('questions.json');
  return ((await response.json()) as BankPage[]).flatMap((p) => p.questions);
}

export const storedRecord = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** A day at 10:00 in the browser's time zone, `offset` days after 2026-12-01. */
export const day = (offset: number) => new Date(2026, 11, 1 + offset, 10);
