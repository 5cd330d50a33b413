import { expect, type Page, test } from '@playwright/test';

async function openSearch(page: Page) {
  await page.getByRole('button', { name: '검색' }).first().click();
  return page.locator('#starlight__search input');
}

test('opening a result lands on the section with the searched words highlighted', async ({ page }) => {
  await page.goto('iam/');
  const input = await openSearch(page);
  await input.fill('보안 그룹');
  const result = page.locator('#starlight__search a[href*="network/#nacl-vs-security-groups"]').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/network\/\?highlight=%EB%B3%B4%EC%95%88&highlight=.*#nacl-vs-security-groups$/);
  await expect(page.locator('.sl-markdown-content mark').first()).toBeVisible();
  await expect(page.locator('.sl-markdown-content mark', { hasText: '보안' }).first()).toBeAttached();
  await expect(page.locator('#nacl-vs-security-groups')).toBeInViewport();
});

test('a question typed with particles and question words finds the section', async ({ page }) => {
  await page.goto('');
  const input = await openSearch(page);
  // Pagefind alone finds nothing here: no page holds "NAT를", "어디에" and "두나".
  await input.fill('NAT를 어디에 두나?');
  await expect(page.locator('#starlight__search a[href*="network/#nat-gateway"]').first()).toBeVisible();
  // Pagefind's own messages are in Korean too.
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(/^NAT를 어디에 두나\?: 결과 \d+개$/);
  await input.fill('보안그룹이랑 NACL 차이가 뭐야');
  await expect(page.locator('#starlight__search a[href*="network/#nacl-vs-security-groups"]').first()).toBeVisible();
});

const awkwardQueries = ['', ' ', 'a'.repeat(500), '🚀🔥 람다', '<script>alert(1)</script>', '.*+?^${}()|[]\\', 'VPC엔드포인트 gateway 설정법', '%00', 'ㅂㅇㄱㄹ'];

test('awkward input gives results or "no results", never an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    return dialog.dismiss();
  });
  await page.goto('');
  const input = await openSearch(page);
  for (const query of awkwardQueries) {
    await input.fill(query);
    await page.waitForTimeout(400);
    if (query.trim()) {
      await expect(page.locator('#starlight__search .pagefind-ui__message').first()).toHaveText(/결과/);
    }
  }
  expect(errors).toEqual([]);
});
