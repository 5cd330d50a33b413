import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { domainSlugs } from '../src/data/domains';
import { REPOSITORY } from './support/site';

const EDIT = `https://github.com/${REPOSITORY}/edit/main/`;

/** When git last changed the file (what the page should show), or undefined if git does not know it. */
function lastCommit(file: string): string | undefined {
  const date = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { encoding: 'utf8' }).trim();
  return date ? new Date(Number(date) * 1000).toISOString() : undefined;
}

test('a note page offers "이 페이지 편집" on GitHub and shows when it last changed', async ({ page }) => {
  await page.goto('network/');
  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: '이 페이지 편집' })).toHaveAttribute('href', `${EDIT}src/content/docs/network.mdx`);
  await expect(footer.getByText('마지막 수정:')).toBeVisible();
  await expect(footer.locator('time')).toHaveAttribute('datetime', lastCommit('src/content/docs/network.mdx') ?? 'no git history');
});

for (const slug of ['index', ...domainSlugs]) {
  test(`${slug}: the edit link and the date come from its own file`, () => {
    const file = `src/content/docs/${slug}.mdx`;
    const html = readFileSync(`dist/${slug === 'index' ? '' : `${slug}/`}index.html`, 'utf8');
    expect(html).toContain(`href="${EDIT}${file}"`);
    const date = lastCommit(file);
    // A page not committed yet has no history to show.
    if (date) expect(html).toContain(`<time datetime="${date}">`);
  });
}

test('generated pages: the glossary is edited in its data file; the collected pages in each note', () => {
  expect(readFileSync('dist/glossary/index.html', 'utf8')).toContain(`href="${EDIT}src/data/glossary.yaml"`);
  for (const page of ['all', 'open-questions']) expect(readFileSync(`dist/${page}/index.html`, 'utf8')).not.toContain(EDIT);
});
