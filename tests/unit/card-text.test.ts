import { type Font, openSync } from 'fontkit';
import { expect, test } from 'vitest';
import { CARD_TEXT, breakLines, layoutCard, missingGlyphs } from '../../src/lib/card-text';

const TITLE = '라우팅 테이블과 보안 그룹 비교 · Network (1): VPC·NAT·보안';

test('card lines break only between words, never inside a Korean word', () => {
  for (const width of [450, 600, 800]) {
    const lines = breakLines(TITLE, CARD_TEXT.title, width);
    expect(lines.length, `${width}px`).toBeGreaterThan(1);
    expect(lines.join(' '), `${width}px`).toBe(TITLE);
  }
});

test('a word wider than a whole line is split rather than run off the card', () => {
  const lines = breakLines('Network-Address-Translation-Gateway', CARD_TEXT.title, 300);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join('')).toBe('Network-Address-Translation-Gateway');
});

test('the description gets the lines a long title leaves and ends in "…" when clipped', () => {
  const notes = '프라이빗 서브넷의 인스턴스가 인터넷으로 나갈 때 NAT 게이트웨이를 거칩니다. '.repeat(8);
  const short = layoutCard('short', { title: 'NAT', description: notes });
  const long = layoutCard('long', { title: `${TITLE} ${TITLE}`, description: notes });
  const lines = (text: string) => text.split('\n');
  expect(lines(long.title)).toHaveLength(3);
  expect(lines(long.description).length).toBeLessThan(lines(short.description).length);
  for (const card of [short, long]) expect(card.description.endsWith('…')).toBe(true);
  expect(layoutCard('fits', { title: 'NAT', description: 'NAT 게이트웨이' }).description).toBe('NAT 게이트웨이');
});

test('a character the card font cannot draw fails, naming the card and the character', () => {
  expect(missingGlyphs('NAT 게이트웨이 → 인터넷 “보충” ① …', CARD_TEXT.description)).toEqual([]);
  expect(missingGlyphs('보안 🙂 그룹 漢', CARD_TEXT.title)).toEqual(['🙂', '漢']);
  expect(() => layoutCard('network/nat-gateway', { title: 'NAT 🙂', description: '설명' })).toThrow(/network\/nat-gateway.*"🙂"/);
  expect(() => layoutCard('network', { title: 'NAT', description: '설명 ㉠' })).toThrow(/"㉠"/);
});

test('every broken line fits its width as the font shapes the whole line, and breaking stops at the lines asked for', () => {
  const notes = '프라이빗 서브넷의 인스턴스가 인터넷으로 나갈 때 NAT Gateway(AWS managed)를 거칩니다. '.repeat(6);
  const style = CARD_TEXT.description;
  const face = openSync(style.file) as Font;
  const shaped = (line: string) => (face.layout(line).advanceWidth * style.size) / face.unitsPerEm;
  for (const width of [450, 800]) {
    const lines = breakLines(notes, style, width);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(shaped(line), line).toBeLessThanOrEqual(width);
    expect(breakLines(notes, style, width, 3)).toEqual(lines.slice(0, 3));
  }
});
