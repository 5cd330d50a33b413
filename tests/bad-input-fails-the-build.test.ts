import { expect, test } from '@playwright/test';
import { asDomainPage } from './support/domain-list';
import { buildFixtureSite } from './support/fixture-site';

const frontmatter = '---\ntitle: 고장 난 페이지\ndescription: 빌드가 실패해야 하는 잘못된 입력을 담은 테스트용 페이지입니다.\n---\n\n';

const cases = [
  {
    name: 'heading-without-id',
    page: `${frontmatter}## 보안 그룹\n\n- 본문\n`,
    reason: /no English id/,
  },
  {
    name: 'dead-link',
    page: `${frontmatter}## 링크 {/* #links */}\n\n[없는 페이지](/no-such-page/)\n`,
    reason: /no-such-page/,
  },
  {
    name: 'dead-anchor',
    page: `${frontmatter}## 링크 {/* #links */}\n\n[없는 섹션](/network/#no-such-section)\n`,
    reason: /no-such-section/,
  },
];

test.describe.configure({ mode: 'parallel' });

for (const { name, page, reason } of cases) {
  test(`a page with a ${name.replaceAll('-', ' ')} fails the build, naming the file`, async () => {
    test.setTimeout(200_000);
    const result = buildFixtureSite(name, { ...asDomainPage('broken', 'links'), 'src/content/docs/broken.mdx': page });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/broken(\.mdx|\/)/);
    expect(result.output).toMatch(reason);
  });
}
