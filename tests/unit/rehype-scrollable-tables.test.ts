import { expect, test } from 'vitest';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeScrollableTables from '../../src/plugins/rehype-scrollable-tables';

async function run(html: string): Promise<string> {
  const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeScrollableTables).use(rehypeStringify).process(html);
  return String(file);
}

test('a table is wrapped in a focusable region named after its header cells', async () => {
  const html = await run('<table><thead><tr><th>특성</th><th>SNS</th><th>SQS</th></tr></thead><tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>');
  expect(html).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="표: 특성, SNS, SQS"><table>/);
  expect(html).toMatch(/<\/table><\/div>$/);
});

test('a table without header cells is still labelled, and each table gets one frame', async () => {
  const html = await run('<table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td></tr></table>');
  expect(html.match(/class="table-scroll"/g)).toHaveLength(2);
  expect(html).toContain('aria-label="표"');
});
