// Pagefind as Starlight's search box uses it, with a search that reads Korean the way readers
// type it (src/search/query.ts) and falls back step by step rather than show an empty list.
// Loaded with the first search, in place of pagefind.js (src/plugins/vite-pagefind-config.ts),
// so none of this weighs on page loads; the Hangul rules load only for queries that need them.
import { HIGHLIGHT_PARAM } from './highlight-param';
import { dropKeywordLists, type Listed, moveLocations } from './keyword-excerpts';
import type { Fragment, Pagefind, PagefindResult, PagefindSearch, SubResult, WeightedLocation } from './pagefind-types';
import { contentWords, isChoseongQuery, LATIN_WORD, stripParticle, typedWords } from './query';
import { showSearchNote } from './search-note';

type Options = Record<string, unknown> | undefined;
type Tagged = Listed & { query?: number };

/** Pagefind's API with our search in place of its own. */
export async function loadPagefind(bundlePath: string): Promise<Pagefind> {
  const pagefind: Pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
  return {
    ...pagefind,
    preload: (term, options) => pagefind.preload(contentWords(typedWords(term)).join(' ') || term, options),
    search: (term, options) => search(pagefind, term ?? '', options),
  };
}

// The rules and the glossary's spellings (src/data/glossary.yaml) they match against.
const hangulRules = async () => {
  const [rules, { default: spellings }] = await Promise.all([import('./hangul'), import('virtual:aws-study-notes/search-spellings')]);
  return {
    choseongMatches: (term: string) => rules.choseongMatches(term, spellings),
    hangulFromQwerty: rules.hangulFromQwerty,
    nearestSpelling: (phrase: string) => rules.nearestSpelling(phrase, spellings),
    isSpelling: (word: string) => spellings.some((spelling) => spelling.toLowerCase() === word.toLowerCase()),
  };
};

let latest = 0;

async function search(pagefind: Pagefind, term: string, options: Options): Promise<PagefindSearch> {
  const call = ++latest;
  const { searches, note, order, words, weights } = await plan(pagefind, term, options);
  const results = await merge(searches, words, order, weights);
  if (call === latest) showSearchNote(results.length > 0 ? note : undefined);
  return { ...searches[0], results };
}

const searchedFor = (words: string) => `'${words}'(으)로 검색했어요`;

interface Plan {
  /** Searches whose results are shown together, each section ranked by how many of them it matched. */
  searches: PagefindSearch[];
  /** The pages to show, in this order (one search for every word); otherwise every page found. */
  order?: PagefindResult[];
  /** What the search did with the query, for the reader. */
  note?: string;
  /** The words searched, to highlight on the page a reader opens. */
  words: string[];
  /** How much a section's match of each search counts (one each unless given). */
  weights?: number[];
}

/** The searches to run for a query, with what to tell the reader about them. */
async function plan(pagefind: Pagefind, term: string, options: Options): Promise<Plan> {
  const run = (query: string) => pagefind.search(query, options);
  const found = async (query: string) => (await run(query)).results.length > 0;
  // A word is the site's own when Pagefind has it as a whole word, not only as a prefix.
  const known = (word: string) => found(`"${word}"`);

  if (isChoseongQuery(term)) {
    const matches = (await hangulRules()).choseongMatches(term).slice(0, 6);
    if (matches.length > 0) return { searches: await Promise.all(matches.map(run)), note: searchedFor(matches[0]), words: typedWords(matches[0]) };
  }

  let words = typedWords(term);
  if (words.length === 0) return { searches: [await run(term)], words };
  let changed = false;
  // Korean typed with the keyboard left in English mode: "qhdksrmfnq" → "보안그룹".
  words = await Promise.all(
    words.map(async (word) => {
      if (!LATIN_WORD.test(word) || (await known(word))) return word;
      const hangul = (await hangulRules()).hangulFromQwerty(word);
      if (!hangul || !(await found(stripParticle(hangul)))) return word;
      changed = true;
      return hangul;
    }),
  );
  const typed = words.map(stripParticle).join(' ');
  let named = contentWords(words);
  let all = await run(named.join(' '));

  // Near misses of a glossary spelling: words the site does not have, or a phrase no page holds.
  const unknown = await Promise.all(named.map(async (word) => !(await known(word))));
  if (unknown.includes(true) || all.results.length === 0) {
    const { nearestSpelling } = await hangulRules();
    const near = nearestSpelling(named.join(' '));
    const corrected = near ? [near] : named.map((word, i) => (unknown[i] ? (nearestSpelling(word) ?? word) : word));
    if (corrected.join(' ') !== named.join(' ')) {
      const retried = await run(corrected.join(' '));
      if (retried.results.length > 0 || all.results.length === 0) [named, all] = [corrected, retried];
    }
  }

  const searched = named.join(' ');
  const note = changed || searched !== typed ? searchedFor(searched) : undefined;
  if (named.length === 1 || (all.results.length > 0 && named.length > 6)) return { searches: [all], note, words: named };
  // Each word on its own, so that each section is ranked by how many of the words it holds.
  const searches = await Promise.all(named.map(run));
  if (all.results.length > 0) return { searches, order: all.results, note, words: named };
  // No page holds every word: show the sections that hold most of them, an AWS name the glossary
  // knows ("S3 파일 최대 크기") counting for two of the plain words.
  const { isSpelling } = await hangulRules();
  const weights = named.map((word) => (isSpelling(word) ? 2 : 1));
  return { searches, weights, note: `'${searched}'의 단어가 모두 든 곳이 없어, 더 많이 든 곳부터 보여 드려요`, words: named };
}

interface Prepared {
  result: PagefindResult;
  data: Fragment;
  /** How many of the searches the best section matched, and its score. */
  best: [number, number];
}

const sum = (locations: WeightedLocation[]) => locations.reduce((total, location) => total + location.balanced_score, 0);
const coverage = (sub: SubResult, weights: number[] = []) =>
  [...new Set((sub.weighted_locations as Tagged[]).map((location) => location.query ?? 0))].reduce((total, query) => total + (weights[query] ?? 1), 0);
// A section that names the words in a heading or in its glossary keywords defines them.
const defines = (sub: SubResult) => Number((sub.weighted_locations as Tagged[]).some((location) => location.listed || location.weight >= HEADING_WEIGHT));
// Pagefind weighs words in an h3 at 5 (h2 6, h1 7), words in text at 1.
const HEADING_WEIGHT = 5;

/**
 * One page's results from several searches as one, with its text cleaned of keyword lists, its
 * links highlighting `words`, and its sections ordered by how many searches each matched, then
 * whether it defines the words, then by Pagefind's score.
 */
async function prepare(found: { result: PagefindResult; query: number }[], words: string[], weights?: number[]): Promise<Prepared> {
  const union: Tagged[] = [];
  for (const { result, query } of found) {
    const fragment = await result.data();
    union.push(...fragment.weighted_locations.map((location) => ({ ...location, query })));
  }
  const { result } = found[0];
  let fragment = await result.data();
  // Pagefind's data() builds excerpts from this very array, so the merged locations go into it.
  fragment.weighted_locations.splice(0, Infinity, ...union);
  const moved = moveLocations(fragment.weighted_locations, dropKeywordLists(fragment));
  // Pagefind assigns locations to sections in one pass, in text order.
  fragment.weighted_locations.sort((a, b) => a.location - b.location);
  fragment = await result.data();
  const pageUrl = highlighting(fragment.url, words);
  const subs = fragment.sub_results.map((sub) => ({
    ...sub,
    url: highlighting(sub.url, words),
    // A section found only through its keyword list: no word of the excerpt was matched.
    excerpt: sub.locations.every((location) => moved.has(location)) ? sub.plain_excerpt : sub.excerpt,
  }));
  const root = subs[0]?.url === pageUrl ? [subs.shift()!] : [];
  subs.sort((a, b) => coverage(b, weights) - coverage(a, weights) || defines(b) - defines(a) || sum(b.weighted_locations) - sum(a.weighted_locations));
  const best: [number, number] = subs[0] ? [coverage(subs[0], weights), sum(subs[0].weighted_locations)] : [0, 0];
  return { result, data: { ...fragment, url: pageUrl, sub_results: [...root, ...subs] }, best };
}

/** The link with every searched word to highlight; Pagefind's own carry the words of one search,
 * decomposed (NFD). */
function highlighting(url: string, words: string[]): string {
  const link = new URL(url, location.href);
  link.searchParams.delete(HIGHLIGHT_PARAM);
  for (const word of words) link.searchParams.append(HIGHLIGHT_PARAM, word);
  return `${link.pathname}${link.search}${link.hash}`;
}

async function merge(searches: PagefindSearch[], words: string[], order?: PagefindResult[], weights?: number[]): Promise<PagefindResult[]> {
  const pages = new Map<string, { result: PagefindResult; query: number }[]>();
  searches.forEach((search, query) => {
    for (const result of search.results) pages.set(result.id, [...(pages.get(result.id) ?? []), { result, query }]);
  });
  const shown = order ?? (searches.length === 1 ? searches[0].results : undefined);
  if (shown) {
    // Pagefind's order; each page is prepared when the search box shows it.
    return shown.map((result) => lazily(result, () => prepare(pages.get(result.id) ?? [{ result, query: 0 }], words).then(({ data }) => data)));
  }
  // Pages by how many of the searches they match; the first screenful (five, as Pagefind's UI
  // shows) is then ordered by its best section, which needs each page's text.
  const weight = (found: { query: number }[]) => found.reduce((total, { query }) => total + (weights?.[query] ?? 1), 0);
  const score = (found: { result: PagefindResult }[]) => found.reduce((total, { result }) => total + result.score, 0);
  const ranked = [...pages.values()].sort((a, b) => weight(b) - weight(a) || score(b) - score(a));
  const first: Prepared[] = [];
  for (const found of ranked.slice(0, PAGE_SIZE)) first.push(await prepare(found, words, weights));
  first.sort((a, b) => b.best[0] - a.best[0] || b.best[1] - a.best[1] || b.result.score - a.result.score);
  return [
    ...first.map(({ result, data }) => lazily(result, async () => data)),
    ...ranked.slice(PAGE_SIZE).map((found) => lazily(found[0].result, () => prepare(found, words, weights).then(({ data }) => data))),
  ];
}

const PAGE_SIZE = 5;

function lazily(result: PagefindResult, load: () => Promise<Fragment>): PagefindResult {
  let data: Promise<Fragment> | undefined;
  return { id: result.id, score: result.score, words: result.words, data: () => (data ??= load()) };
}
