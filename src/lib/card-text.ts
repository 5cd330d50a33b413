// The text of the link-preview cards (src/pages/og/[...slug].ts), laid out before they are drawn
// with the font they are drawn with:
// - lines break only at spaces: the card renderer (CanvasKit) breaks Korean anywhere ("라/우팅");
// - the description gets the lines the title leaves and is clipped with "…", so nothing runs
//   off the card: all text stays inside the card's padding, well within the 2:1 centre band
//   that KakaoTalk crops previews to;
// - a character the font lacks fails the build instead of drawing an empty box.
import { type Font, openSync } from 'fontkit';

export const CARD = { width: 1200, height: 630 };
/** Space around the text; the site name strip (src/assets/og-site-name.png) sits in the top left. */
export const CARD_PADDING = 72;
export const CARD_BORDER = 16;
export const CARD_LOGO = { path: './src/assets/og-site-name.png', width: 403, height: 72 };

const FONT_DIR = './node_modules/pretendard/dist/public/static/';
export const CARD_TEXT = {
  title: { file: `${FONT_DIR}Pretendard-Bold.otf`, weight: 'Bold', size: 64, lineHeight: 1.2 },
  description: { file: `${FONT_DIR}Pretendard-Regular.otf`, weight: 'Normal', size: 34, lineHeight: 1.5 },
} as const;
type TextStyle = (typeof CARD_TEXT)[keyof typeof CARD_TEXT];

// How astro-og-canvas places the text: the paragraph is as wide as the card less the padding on
// both sides, the border and one more padding; it starts below the logo and a padding, and is
// followed by nothing but the bottom padding. The blank line between title and description is
// two lines of a third of the padding. 3 % spare keeps a measured line from wrapping again.
const LINE_WIDTH = (CARD.width - 3 * CARD_PADDING - CARD_BORDER) * 0.97;
const TEXT_HEIGHT = CARD.height - 3 * CARD_PADDING - CARD_LOGO.height;
const GAP = (2 * CARD_PADDING) / 3;
const MAX_TITLE_LINES = 3;
const MAX_DESCRIPTION_LINES = 3;

const fonts = new Map<string, Font>();
function font(style: TextStyle): Font {
  if (!fonts.has(style.file)) fonts.set(style.file, openSync(style.file) as Font);
  return fonts.get(style.file)!;
}

// Every build lays out every card (astro-og-canvas hashes the options to find its cached PNG),
// 957 of them at ten times today's notes, and fontkit shapes text slowly: a word's width is
// measured once per style, and a line's width is its words' widths plus the spaces between them.
const widths = new Map<string, number>();
function width(text: string, style: TextStyle): number {
  const key = `${style.file}\0${text}`;
  let value = widths.get(key);
  if (value === undefined) {
    const face = font(style);
    value = (face.layout(text).advanceWidth * style.size) / face.unitsPerEm;
    widths.set(key, value);
  }
  return value;
}

/** Characters of `text` that the style's font has no glyph for. */
export function missingGlyphs(text: string, style: TextStyle): string[] {
  const face = font(style);
  return [...new Set(text.replace(/\s/g, ''))].filter((char) => !face.hasGlyphForCodePoint(char.codePointAt(0)!));
}

/**
 * Greedy line breaking at spaces; a word wider than a whole line is split between characters.
 * Stops after `maxLines` lines (the rest would be clipped anyway).
 */
export function breakLines(text: string, style: TextStyle, maxWidth = LINE_WIDTH, maxLines = Infinity): string[] {
  const lines: string[] = [];
  const space = width(' ', style);
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lines.length >= maxLines) break;
    const wordWidth = width(word, style);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (!line && wordWidth <= maxWidth) {
      [line, lineWidth] = [word, wordWidth];
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && width(line + char, style) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
    lineWidth = width(line, style);
  }
  if (line && lines.length < maxLines) lines.push(line);
  return lines;
}

/** At most `count` lines; the last one ends in "…" if text was left out. */
function clipLines(lines: string[], count: number, style: TextStyle): string[] {
  if (lines.length <= count) return lines;
  if (count <= 0) return [];
  const kept = lines.slice(0, count);
  let last = kept[count - 1];
  while (width(`${last}…`, style) > LINE_WIDTH) last = last.replace(/\s*\S+$/, '') || last.slice(0, -1);
  kept[count - 1] = `${last}…`;
  return kept;
}

/**
 * A card's title and description broken into lines ("\n") that fit the card. Throws (in Korean,
 * for whoever wrote the notes) if the font cannot draw a character.
 */
export function layoutCard(label: string, card: { title: string; description: string }): { title: string; description: string } {
  for (const [part, style] of [['title', CARD_TEXT.title], ['description', CARD_TEXT.description]] as const) {
    const missing = missingGlyphs(card[part], style);
    if (missing.length) {
      throw new Error(`링크 미리보기 카드 "${label}"의 글자 ${missing.map((c) => `"${c}"`).join(', ')}는 카드 글꼴(Pretendard)에 없어 그릴 수 없습니다. 다른 글자로 바꿔 주세요.`);
    }
  }
  const lineHeight = (style: TextStyle) => style.size * style.lineHeight;
  // One line more than is kept tells clipLines that text was left out.
  const title = clipLines(breakLines(card.title, CARD_TEXT.title, LINE_WIDTH, MAX_TITLE_LINES + 1), MAX_TITLE_LINES, CARD_TEXT.title);
  const room = TEXT_HEIGHT - title.length * lineHeight(CARD_TEXT.title) - GAP;
  const count = Math.min(MAX_DESCRIPTION_LINES, Math.floor(room / lineHeight(CARD_TEXT.description)));
  const description = clipLines(breakLines(card.description, CARD_TEXT.description, LINE_WIDTH, count + 1), count, CARD_TEXT.description);
  return { title: title.join('\n'), description: description.join('\n') };
}
