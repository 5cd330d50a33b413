import { expect, test } from 'vitest';
import { glossaryLinkErrors } from '../../src/data/glossary-links';

const yaml = `# comment
- id: nat-gateway
  term: NAT 게이트웨이
  page: network
  anchor: nat-gateway
- id: sqs
  term: SQS
  page: serverless
  anchor: sqs-queues
`;
const sections = new Map([
  ['network', new Map([['nat-gateway', 'NAT Gateway']])],
  ['serverless', new Map([['sqs-queue-types', 'SQS 큐 종류']])],
]);

test('entries that point at an existing section pass', () => {
  expect(glossaryLinkErrors([{ id: 'nat-gateway', page: 'network', anchor: 'nat-gateway' }], sections, yaml)).toEqual([]);
});

test('an unknown anchor names the glossary line, says so in Korean and lists the page\'s ids', () => {
  const [error] = glossaryLinkErrors([{ id: 'sqs', page: 'serverless', anchor: 'sqs-queues' }], sections, yaml);
  expect(error).toBe(
    'src/data/glossary.yaml:9: 용어 "sqs"의 anchor "#sqs-queues"는 serverless 페이지에 없는 섹션입니다. 그 페이지의 제목 id 중 하나로 고쳐 주세요: #sqs-queue-types',
  );
});

test('an unknown page names the glossary line and lists the pages', () => {
  const [error] = glossaryLinkErrors([{ id: 'nat-gateway', page: 'networking', anchor: 'nat-gateway' }], sections, yaml);
  expect(error).toMatch(/^src\/data\/glossary\.yaml:4: .*"networking"는 없는 페이지입니다.*network, serverless$/);
});
