import { expect, test } from 'vitest';
import { processTerm, stripParticle } from '../../src/search/process-term';

test('particles come off Korean words and abbreviations', () => {
  expect(stripParticle('서브넷을')).toBe('서브넷');
  expect(stripParticle('NAT를')).toBe('NAT');
  expect(stripParticle('S3에')).toBe('S3');
  expect(stripParticle('EC2에서')).toBe('EC2');
  expect(stripParticle('리전으로')).toBe('리전');
  expect(stripParticle('RPO란')).toBe('RPO');
  expect(stripParticle('서브넷에는')).toBe('서브넷');
  expect(stripParticle('VPC에서는')).toBe('VPC');
  expect(stripParticle('보안그룹이랑')).toBe('보안그룹');
});

test('words that only look like they end in a particle keep enough to match', () => {
  // "게이트웨" still finds "게이트웨이" because Pagefind matches words by prefix.
  expect('게이트웨이'.startsWith(stripParticle('게이트웨이'))).toBe(true);
  expect(stripParticle('하는')).toBe('하는');
  expect(stripParticle('보안')).toBe('보안');
  expect(stripParticle('gateway')).toBe('gateway');
  expect(stripParticle('를')).toBe('를');
});

test('question words go, unless the query is nothing else', () => {
  expect(processTerm('보안 그룹과 NACL 차이')).toBe('보안 그룹 NACL');
  expect(processTerm('NAT를 어디에 두나')).toBe('NAT');
  expect(processTerm('RPO가 뭐야?')).toBe('RPO');
  expect(processTerm('ALB vs NLB')).toBe('ALB NLB');
  expect(processTerm('차이')).toBe('차이');
  expect(processTerm('  ')).toBe('');
});
