import { expect, test } from 'vitest';
import { suggestHeadingId } from '../../src/plugins/suggest-heading-id';

const glossary = [
  { id: 'security-group', term: '보안 그룹', ko: '보안 그룹', en: 'security group', abbr: 'SG', aliases: ['보안그룹'] },
  { id: 'nat-gateway', term: 'NAT 게이트웨이', ko: 'NAT 게이트웨이', en: 'NAT gateway', aliases: ['NAT GW'] },
];

test('a heading that names glossary terms gets their ids, in the order it names them', () => {
  expect(suggestHeadingId('NACL과 보안 그룹 비교', glossary)).toBe('nacl-security-group');
  expect(suggestHeadingId('NAT Gateway 배치', glossary)).toBe('nat-gateway');
});

test('otherwise the heading\'s English words make the id, short enough for a link', () => {
  expect(suggestHeadingId('S3 Object Lock 설정', [])).toBe('s3-object-lock');
  expect(suggestHeadingId('Amazon Elastic Container Registry Public Gallery 사용', []).length).toBeLessThanOrEqual(32);
  expect(suggestHeadingId('Amazon Elastic Container Registry Public Gallery 사용', [])).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('a heading with no English word and no glossary term gets a placeholder to replace', () => {
  expect(suggestHeadingId('새 섹션', glossary)).toBe('short-english-id');
});

test('by default it reads the project glossary', () => {
  expect(suggestHeadingId('보안 그룹')).toBe('security-group');
});
