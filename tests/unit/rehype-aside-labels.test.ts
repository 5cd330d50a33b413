import { expect, test } from 'vitest';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeAsideLabels from '../../src/plugins/rehype-aside-labels';

async function run(html: string): Promise<string> {
  return String(await unified().use(rehypeParse, { fragment: true }).use(rehypeAsideLabels).use(rehypeStringify).process(html));
}

const aside = (label: string) => `<aside aria-label="${label}" class="starlight-aside starlight-aside--tip"><p>본문</p></aside>`;

test('each aside is named after its section, and repeats are numbered', async () => {
  const html = await run(`<h2 id="a">Aurora</h2>${aside('확인 필요')}${aside('보충')}${aside('보충')}<h3 id="b">SNS</h3>${aside('확인 필요')}`);
  const labels = [...html.matchAll(/aria-label="([^"]+)"/g)].map(([, label]) => label);
  expect(labels).toEqual(['확인 필요: Aurora', '보충: Aurora', '보충: Aurora (2)', '확인 필요: SNS']);
});

test('other asides and asides before any heading keep their label', async () => {
  const html = await run(`${aside('참고')}<aside aria-label="목차"></aside>`);
  expect(html).toContain('aria-label="참고"');
  expect(html).toContain('<aside aria-label="목차"></aside>');
});
