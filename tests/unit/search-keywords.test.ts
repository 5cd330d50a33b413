import { expect, test } from 'vitest';
import { searchKeywords } from '../../src/plugins/search-keywords';

test('keywords hold every spelling once and the unspaced form of Korean compounds', () => {
  const words = searchKeywords([
    { id: 'sg', term: '보안 그룹', abbr: 'SG', expansion: 'Security Group', ko: '보안 그룹', en: 'security group', aliases: ['보안그룹', '시큐리티 그룹'], definition: '인스턴스 방화벽입니다.', page: 'network', anchor: 'sg', docs: 'https://docs.aws.amazon.com/x' },
  ]).split(/[\s·]+/);
  expect(words).toEqual(expect.arrayContaining(['SG', '보안', '그룹', '보안그룹', '시큐리티', '시큐리티그룹', 'security', 'group']));
  // Pagefind ignores case, so "Security" would be the same word again.
  expect(new Set(words.map((word) => word.toLowerCase())).size).toBe(words.length);
  expect(words).not.toContain('securitygroup');
  // Particles and question words are the query side's job (src/search/query.ts).
  expect(words).not.toContain('그룹을');
  expect(words).not.toContain('차이');
});

test('words in every AWS name point nowhere and are left out', () => {
  const entry = { id: 'vpc', term: 'VPC', ko: '가상 프라이빗 클라우드', en: 'Amazon Virtual Private Cloud', aliases: ['브이피씨'], definition: '격리된 가상 네트워크.', page: 'network', anchor: 'vpc', docs: 'https://docs.aws.amazon.com/x' };
  const words = searchKeywords([entry]).split(/[\s·]+/);
  expect(words).toEqual(expect.arrayContaining(['VPC', '가상', '프라이빗', '가상프라이빗클라우드', 'Virtual', 'Private', 'Cloud', '브이피씨']));
  expect(words).not.toContain('Amazon');
});

test('names that another section defines are left out, so that section wins the query', () => {
  const entry = { id: 'glacier', term: 'S3 Glacier', ko: '글래시어', en: 'Amazon S3 Glacier', aliases: ['Glacier'], definition: '보관용 스토리지 클래스.', page: 'storage', anchor: 'storage-types', docs: 'https://docs.aws.amazon.com/x' };
  const words = searchKeywords([entry], new Set(['s3'])).split(/[\s·]+/);
  expect(words).not.toContain('S3');
  expect(words).toEqual(expect.arrayContaining(['Glacier', '글래시어']));
});
