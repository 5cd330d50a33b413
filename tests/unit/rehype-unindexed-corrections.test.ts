import { expect, test } from 'vitest';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeUnindexedCorrections from '../../src/plugins/rehype-unindexed-corrections';

async function run(html: string): Promise<string> {
  return String(await unified().use(rehypeParse, { fragment: true }).use(rehypeUnindexedCorrections).use(rehypeStringify).process(html));
}

const aside = (label: string) => `<aside aria-label="${label}" class="starlight-aside starlight-aside--tip"><p>본문</p></aside>`;

test('보충 corrections are left out of the search index; the notes, questions and answers stay in', async () => {
  const html = await run(`<p>노트</p>${aside('보충')}${aside('확인 필요')}${aside('답변')}`);
  const ignored = [...html.matchAll(/<aside([^>]*)>/g)].map(([, attributes]) => attributes.includes('data-pagefind-ignore'));
  expect(ignored).toEqual([true, false, false]);
  expect(html).toContain('<p>노트</p>');
});
