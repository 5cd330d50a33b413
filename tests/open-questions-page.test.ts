import { expect, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';

test('"확인 필요 모아보기" lists every open question on the domain pages, with an answer and a source', async ({ page }) => {
  const onPages: string[] = [];
  for (const slug of domainSlugs) {
    await page.goto(`${slug}/`);
    const questions = page.locator('.sl-markdown-content aside[aria-label^="확인 필요"] .starlight-aside__content');
    for (const text of await questions.allInnerTexts()) onPages.push(`${slug}: ${text.trim()}`);
  }
  expect(onPages.length).toBeGreaterThanOrEqual(2);

  await page.goto('open-questions/');
  const listed: string[] = [];
  for (const question of await page.locator('.open-question').all()) {
    const href = await question.locator('.open-question-where a').getAttribute('href');
    const slug = href!.split('/').at(-2);
    listed.push(`${slug}: ${(await question.locator('.open-question-text').innerText()).trim()}`);
    await expect(question.locator('.open-question-answer a[href^="https://"]').first()).toBeAttached();
  }
  expect(listed).toEqual(onPages);
});
