import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffold } from '../scripts/new-page.mjs';
import { buildFixtureSite } from './support/fixture-site';

test('npm run new:page scaffolds a domain page that builds, in the course order, with its questions', () => {
  test.setTimeout(300_000);
  const files = scaffold({ slug: 'cost-management', title: '비용 관리', group: '운영과 배포' });
  expect(Object.keys(files).sort()).toEqual(['src/content/docs/cost-management.mdx', 'src/data/audit/cost-management.yaml', 'src/data/domains.ts', 'src/data/glossary.yaml', 'src/data/self-check/cost-management.yaml']);
  expect(files['src/data/domains.ts']).toContain("slugs: ['monitoring', 'load-balancing', 'automation', 'cost-management']");
  // The scaffold's diagram is new: this build draws it into the copy's own cache, as a member's would.
  const result = buildFixtureSite('new-page', files, { DIAGRAM_CACHE: 'draw' });
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(result.dir, 'dist/cost-management/index.html'), 'utf8');
  expect(html).toMatch(/<h1 id="_top"[^>]*>비용 관리<\/h1>/);
  expect(html).toMatch(/id="first-section"/);
  expect(html.match(/<li class="question[ "]/g)?.length).toBe(10);
  // Next in the course after the group's last page.
  expect(readFileSync(join(result.dir, 'dist/automation/index.html'), 'utf8')).toMatch(/<a href="[^"]*\/cost-management\/" rel="next"/);
});

test('new:page refuses a Korean slug, an existing page and an unknown group, in Korean', () => {
  expect(() => scaffold({ slug: '비용', title: '비용' })).toThrow(/짧은 영어 slug/);
  expect(() => scaffold({ slug: 'network', title: '네트워크' })).toThrow(/이미 있습니다/);
  expect(() => scaffold({ slug: 'cost', title: '비용', group: '없는 그룹' })).toThrow(/있는 그룹: 계정과 네트워크/);
});
