import { expect, test } from 'vitest';
import { choseongMatches, hangulFromQwerty, nearestSpelling } from '../../src/search/hangul';
import { contentWords, isChoseongQuery, stripParticle, typedWords } from '../../src/search/query';

test('particles and question endings come off Korean words and abbreviations', () => {
  expect(stripParticle('서브넷을')).toBe('서브넷');
  expect(stripParticle('NAT를')).toBe('NAT');
  expect(stripParticle('EC2에서')).toBe('EC2');
  expect(stripParticle('리전으로')).toBe('리전');
  expect(stripParticle('서브넷에는')).toBe('서브넷');
  expect(stripParticle('보안그룹이랑')).toBe('보안그룹');
  expect(stripParticle('암호화돼')).toBe('암호화');
});

test('a word keeps at least two syllables, and a word with no particle stays whole', () => {
  // "게이트웨이" ends in "이", but "게이트웨" would be a different word to show the reader.
  expect(stripParticle('하는')).toBe('하는');
  expect(stripParticle('재해')).toBe('재해');
  expect(stripParticle('를')).toBe('를');
  expect(stripParticle('gateway')).toBe('gateway');
});

test('question words go, unless the query is nothing else', () => {
  expect(contentWords(typedWords('보안 그룹과 NACL 차이'))).toEqual(['보안', '그룹', 'NACL']);
  expect(contentWords(typedWords('NAT를 어디에 두나?'))).toEqual(['NAT']);
  expect(contentWords(typedWords('읽기 전용 복제본 최대 몇 개까지 만들 수 있어'))).toEqual(['읽기', '전용', '복제본', '최대']);
  expect(contentWords(typedWords('ALB vs NLB'))).toEqual(['ALB', 'NLB']);
  expect(contentWords(typedWords('차이'))).toEqual(['차이']);
  expect(typedWords('  ')).toEqual([]);
});

const spellings = ['보안 그룹', '보안그룹', 'security group', '콜드 스타트', '람다', '람다 함수', '엘라스티캐시', 'ElastiCache', '클라우드 프론트', '스텝 펑션', '다이나모디비'];

test('a query of initial consonants finds the spellings whose 초성 match, with or without spaces', () => {
  expect(isChoseongQuery('ㅂㅇㄱㄹ')).toBe(true);
  expect(isChoseongQuery('ㅂㅇ ㄱㄹ')).toBe(true);
  expect(isChoseongQuery('ㅂㅇ그룹')).toBe(false);
  expect(isChoseongQuery(' ')).toBe(false);
  expect(choseongMatches('ㅂㅇㄱㄹ', spellings)).toEqual(['보안 그룹', '보안그룹']);
  expect(choseongMatches('ㅋㄷ ㅅㅌㅌ', spellings)).toEqual(['콜드 스타트']);
  // The whole spelling, not its start: "ㄹㄷ" is 람다, not every spelling that begins with it.
  expect(choseongMatches('ㄹㄷ', spellings)).toEqual(['람다']);
  expect(choseongMatches('ㄹㄷㅅ', spellings)).toEqual([]);
});

test('Latin typed on the 두벌식 layout becomes Hangul only when it makes whole syllables', () => {
  expect(hangulFromQwerty('qhdksrmfnq')).toBe('보안그룹');
  expect(hangulFromQwerty('fkaek')).toBe('람다');
  expect(hangulFromQwerty('rudrP')).toBe('경계');
  // English words leave stray jamo, or make one syllable: they stay as typed.
  for (const word of ['lambda', 'nat', 'iac', 'cache', 'vpc', 'S3']) expect(hangulFromQwerty(word)).toBeUndefined();
});

test('a near miss of a glossary spelling finds that spelling; other words find none', () => {
  expect(nearestSpelling('엘라스틱 캐시', spellings)).toBe('엘라스티캐시');
  expect(nearestSpelling('클라우드 프런트', spellings)).toBe('클라우드 프론트');
  expect(nearestSpelling('스탭 펑션', spellings)).toBe('스텝 펑션');
  expect(nearestSpelling('다이나모 디비', spellings)).toBe('다이나모디비');
  expect(nearestSpelling('elasticahce', spellings)).toBe('ElastiCache');
  expect(nearestSpelling('최대 크기', spellings)).toBeUndefined();
  // Too short to tell a slip from another word.
  expect(nearestSpelling('람', spellings)).toBeUndefined();
});
