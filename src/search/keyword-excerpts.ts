// Keeps the glossary's hidden keyword lists (src/plugins/rehype-glossary-keywords.ts) out of what
// readers see in the results. Pagefind indexes a list like any text, so its excerpts would quote
// "NAT 게이트웨이 · gateway · 낫 ·…". Each list carries an id ending in KEYWORDS_ID_SUFFIX, which
// Pagefind records with its position; here the list's words come out of the page text Pagefind
// builds excerpts from, and a match inside a list counts where the section's own text matched,
// else at the first word after the list (at the heading, when the section has no text of its own
// before the next heading), so the section still comes up, quoted in the notes' own words.
import type { Fragment, WeightedLocation } from './pagefind-types';

export const KEYWORDS_ID_SUFFIX = '--search-keywords';

// Pagefind's own word separator (pagefind.js `word_separators`), kept as separate tokens here.
const SEPARATOR = /([^\S\uFEFF]+)/;

interface Cut {
  start: number;
  end: number;
  /** Where a match inside the list counts when its section's text has none, in the original text. */
  at: number;
  /** The list's section (its heading up to the next heading), in the original text. */
  section: [start: number, end: number];
}

/** A match location, marked when a keyword list matched it. */
export type Listed = WeightedLocation & { listed?: boolean };

const cuts = new WeakMap<Fragment, Cut[]>();

/** Where a word of the original text is once the lists are out; undefined for a list's own words. */
function shift(location: number, lists: Cut[]): number | undefined {
  let removed = 0;
  for (const { start, end } of lists) {
    if (location >= end) removed += end - start;
    else if (location >= start) return undefined;
  }
  return location - removed;
}

/** Takes the keyword lists out of the fragment's text and anchors (once per fragment). */
export function dropKeywordLists(fragment: Fragment): Cut[] {
  const known = cuts.get(fragment);
  if (known) return known;
  const headings = fragment.anchors.filter((anchor) => /^h\d$/i.test(anchor.element)).map((anchor) => anchor.location);
  const lists = fragment.anchors
    .filter((anchor) => anchor.id.endsWith(KEYWORDS_ID_SUFFIX))
    .map((anchor) => {
      const start = anchor.location;
      const end = start + anchor.text.split(SEPARATOR).filter((token, i) => i % 2 === 0 && token).length;
      const heading = Math.max(0, ...headings.filter((location) => location < start));
      const sectionEnd = Math.min(Infinity, ...headings.filter((location) => location > start));
      return { start, end, at: headings.includes(end) ? heading : end, section: [heading, sectionEnd] as [number, number] };
    })
    .sort((a, b) => a.start - b.start);
  cuts.set(fragment, lists);
  if (lists.length === 0 || fragment.raw_content === undefined) return lists;
  const tokens = fragment.raw_content.split(SEPARATOR);
  // tokens alternate word, separator, word…; a leading separator shows up as an empty first word.
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    if (shift(i / 2, lists) !== undefined) kept.push(tokens[i], tokens[i + 1] ?? '');
  }
  fragment.raw_content = kept.join('');
  fragment.anchors = fragment.anchors
    .filter((anchor) => !anchor.id.endsWith(KEYWORDS_ID_SUFFIX))
    .map((anchor) => ({ ...anchor, location: shift(anchor.location, lists) ?? anchor.location }));
  return lists;
}

/**
 * Moves the match locations to the text without lists: a match inside a list counts at the first
 * match in its section's own text, else where the list says. Returns the locations that only
 * lists matched, whose marks in an excerpt would mean nothing.
 */
export function moveLocations(locations: Listed[], lists: Cut[]): Set<number> {
  const inList = (at: number) => lists.find(({ start, end }) => at >= start && at < end);
  const own = locations.map(({ location }) => location).filter((at) => !inList(at));
  const moved = new Set<number>();
  for (const location of locations) {
    const list = inList(location.location);
    const text = list && own.find((at) => at >= list.section[0] && at < list.section[1]);
    const at = !list ? location.location : (text ?? list.at);
    location.location = shift(at, lists) ?? at;
    location.listed = Boolean(list);
    if (list && text === undefined) moved.add(location.location);
  }
  return moved;
}
