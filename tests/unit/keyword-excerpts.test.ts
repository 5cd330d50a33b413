import { expect, test } from 'vitest';
import { dropKeywordLists, moveLocations } from '../../src/search/keyword-excerpts';
import type { Fragment } from '../../src/search/pagefind-types';

// A page as Pagefind hands it over: its text, and the position (in words) of each element with an id.
function fragment(text: string, anchors: [element: string, id: string, text: string, location: number][]): Fragment {
  return {
    url: '/network/',
    raw_content: text,
    anchors: anchors.map(([element, id, text, location]) => ({ element, id, text, location })),
    excerpt: '',
    plain_excerpt: '',
    weighted_locations: [],
    locations: [],
    sub_results: [],
    meta: {},
  };
}

const at = (location: number) => ({ weight: 1, balanced_score: 1, location });

test('keyword lists leave the text and the anchors, and the other words keep their order', () => {
  const page = fragment('NAT Gateway. NAT 게이트웨이 · gateway · 낫. 퍼블릭 서브넷 안에 NAT 지정. EIP와 ENI. EIP · 탄력적 IP. eip 고정.', [
    ['h2', 'nat-gateway', 'NAT Gateway', 0],
    ['p', 'nat-gateway--search-keywords', 'NAT 게이트웨이 · gateway · 낫', 2],
    ['h3', 'eip-eni', 'EIP와 ENI', 13],
    ['p', 'eip-eni--search-keywords', 'EIP · 탄력적 IP', 15],
  ]);
  const lists = dropKeywordLists(page);
  expect(page.raw_content).toBe('NAT Gateway. 퍼블릭 서브넷 안에 NAT 지정. EIP와 ENI. eip 고정.');
  expect(page.anchors.map(({ id, location }) => [id, location])).toEqual([
    ['nat-gateway', 0],
    ['eip-eni', 7],
  ]);
  // "낫" in the first list counts where the section's own text matched ("NAT"); "탄력적" is
  // only in the second list, so it counts at the first word after that list, unmarked.
  const locations = [at(7), at(11), at(17)];
  const moved = moveLocations(locations, lists);
  expect(locations.map(({ location }) => location)).toEqual([5, 5, 9]);
  expect([...moved]).toEqual([9]);
  // Once per page: Pagefind keeps the page and hands it over again for the next search.
  expect(dropKeywordLists(page)).toBe(lists);
  expect(page.raw_content).toBe('NAT Gateway. 퍼블릭 서브넷 안에 NAT 지정. EIP와 ENI. eip 고정.');
});

test('a match in the list of a section with no text of its own counts at its heading', () => {
  const page = fragment('EC2. EC2 · 인스턴스. 테넌시. 공유 테넌시.', [
    ['h2', 'ec2', 'EC2', 0],
    ['p', 'ec2--search-keywords', 'EC2 · 인스턴스', 1],
    ['h3', 'tenancy', '테넌시', 4],
  ]);
  const locations = [at(3)];
  moveLocations(locations, dropKeywordLists(page));
  expect(locations[0].location).toBe(0);
  expect(page.raw_content).toBe('EC2. 테넌시. 공유 테넌시.');
});

test('a page without keyword lists is left as it is', () => {
  const page = fragment('IAM. 사용자와 그룹.', [['h2', 'iam', 'IAM', 0]]);
  const locations = [at(2)];
  moveLocations(locations, dropKeywordLists(page));
  expect(page.raw_content).toBe('IAM. 사용자와 그룹.');
  expect(locations[0].location).toBe(2);
});
