import { expect, test } from '@playwright/test';
import { searchKeywords, withParticles } from '../../src/plugins/search-keywords';

test('Korean particles follow the final consonant rule; Latin words get both forms', () => {
  expect(withParticles('서브넷')).toEqual(expect.arrayContaining(['서브넷', '서브넷을', '서브넷이', '서브넷에']));
  expect(withParticles('서브넷')).not.toContain('서브넷를');
  expect(withParticles('큐')).toEqual(expect.arrayContaining(['큐를', '큐가', '큐의']));
  expect(withParticles('큐')).not.toContain('큐을');
  expect(withParticles('NAT')).toEqual(expect.arrayContaining(['NAT를', 'NAT을', 'NAT가', 'NAT이']));
});

test('keywords hold every spelling, the unspaced form, and particle forms of the last word', () => {
  const words = searchKeywords([
    { id: 'sg', term: '보안 그룹', abbr: 'SG', expansion: 'Security Group', ko: '보안 그룹', en: 'security group', aliases: ['보안그룹', '시큐리티 그룹'], definition: '인스턴스 방화벽입니다.', page: 'network', anchor: 'sg', docs: 'https://docs.aws.amazon.com/x' },
  ]).split(' ');
  expect(words).toEqual(expect.arrayContaining(['SG', '보안', '그룹', '그룹을', '보안그룹', '보안그룹을', '시큐리티', 'security', 'group', 'Security', 'Group', '차이']));
  expect(new Set(words).size).toBe(words.length);
  expect(words).not.toContain('securitygroup');
});

test('names that another section defines are left out, so that section wins the query', () => {
  const entry = { id: 'glacier', term: 'S3 Glacier', ko: '글래시어', en: 'Amazon S3 Glacier', aliases: ['Glacier'], definition: '보관용 스토리지 클래스.', page: 'storage', anchor: 'storage-types', docs: 'https://docs.aws.amazon.com/x' };
  const words = searchKeywords([entry], new Set(['s3'])).split(' ');
  expect(words).not.toContain('S3');
  expect(words).toEqual(expect.arrayContaining(['Glacier', '글래시어']));
});
