import { expect, test } from '@playwright/test';
import { openSearch, searchAsReader } from './support/search';
import { BASE_PATH } from './support/site';
import { watch } from './support/watch';

const note = (page: import('@playwright/test').Page) => page.locator('#starlight__search .search-note');

test('opening a result lands on the section with the searched words highlighted', async ({ page }) => {
  await page.goto('iam/');
  const input = await openSearch(page);
  await input.fill('보안 그룹');
  const result = page.locator('#starlight__search a[href*="network/"][href*="#nacl-vs-security-groups"]').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/network\/\?highlight=.*#nacl-vs-security-groups$/);
  expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['보안', '그룹']);
  await expect(page.locator('.sl-markdown-content mark', { hasText: '보안' }).first()).toBeVisible();
  await expect(page.locator('#nacl-vs-security-groups')).toBeInViewport();
});

test('questions, 초성 and Korean typed in English mode find the section and say what was searched', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  for (const [query, searched, section] of [
    ['NAT를 어디에 두나?', "'NAT'(으)로 검색했어요", 'network/#nat-gateway'],
    ['ㅂㅇㄱㄹ', "'보안 그룹'(으)로 검색했어요", 'network/#nacl-vs-security-groups'],
    ['qhdksrmfnq', "'보안그룹'(으)로 검색했어요", 'network/#nacl-vs-security-groups'],
    ['엘라스틱 캐시', "'엘라스티캐시'(으)로 검색했어요", 'database/#elasticache-dax'],
  ]) {
    const hits = await searchAsReader(page, BASE_PATH, query);
    expect(hits.flatMap((hit) => hit.sections.map((id) => `${hit.page}#${id}`)), query).toContain(section);
    await expect(note(page)).toHaveText(searched);
  }
  // Words the notes use, typed as they are: nothing converted, nothing to say.
  for (const query of ['vpc', 'lambda', 'iac', 'nat']) {
    expect(await searchAsReader(page, BASE_PATH, query), query).not.toEqual([]);
    await expect(note(page), query).toBeHidden();
  }
});

test('a question no section answers word for word still finds the sections with most of its words', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  const hits = await searchAsReader(page, BASE_PATH, 'S3 파일 최대 크기는 얼마야?');
  expect(hits[0]).toEqual({ page: 'storage/', sections: expect.arrayContaining(['storage-types']) });
  await expect(note(page)).toHaveText("'S3 파일 최대 크기'의 단어가 모두 든 곳이 없어, 더 많이 든 곳부터 보여 드려요");
});

test('excerpts quote the notes, never the hidden keyword lists', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  // "낫" is only in the NAT Gateway section's keyword list; "NAT" is in its text and its list.
  for (const [query, listed] of [
    ['낫', '낫'],
    ['NAT', 'Network Address Translation'],
  ]) {
    const hits = await searchAsReader(page, BASE_PATH, query);
    expect(hits[0]?.sections, query).toContain('nat-gateway');
    const excerpts = await page.locator('#starlight__search .pagefind-ui__result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt, query).not.toContain(listed);
  }
});

const awkwardQueries = [' ', 'a'.repeat(500), '🚀🔥 람다', '<script>alert(1)</script>', '.*+?^${}()|[]\\', 'VPC엔드포인트 gateway 설정법', '%00', 'ㅂㅇㄱㄹ'];

test('awkward input gives results or "no results", never an error', async ({ page }) => {
  const watched = watch(page);
  page.on('dialog', (dialog) => {
    watched.problems.push(`dialog opened: ${dialog.message()}`);
    return dialog.dismiss();
  });
  await page.goto('');
  await openSearch(page);
  // searchAsReader waits for the result count (or "no results") that names each query.
  for (const query of awkwardQueries) await searchAsReader(page, BASE_PATH, query);
  expect(watched.problems).toEqual([]);
});
