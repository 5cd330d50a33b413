// The Hangul rules of the search, with es-hangul: 초성 queries, Korean typed with the keyboard
// left in English mode, and near misses of the glossary's spellings. Loaded only for a query
// that needs one of them (src/search/korean-pagefind.ts), which keeps the first search small.
import { convertQwertyToHangul, disassemble, getChoseong } from 'es-hangul';
import { distance } from 'fastest-levenshtein';
import { LATIN_WORD } from './query';

const HANGUL_SYLLABLES = /^[가-힣]+$/;

const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The spellings whose 초성 are the query's, ignoring spaces: "ㅂㅇㄱㄹ" → "보안 그룹", "보안그룹". */
export function choseongMatches(term: string, spellings: readonly string[]): string[] {
  const wanted = squeeze(term);
  return spellings.filter((spelling) => HANGUL_SYLLABLES.test(squeeze(spelling)) && squeeze(getChoseong(spelling)) === wanted);
}

/** The Hangul a Latin word becomes on the 두벌식 layout ("qhdksrmfnq" → "보안그룹"), when it
 * becomes whole syllables, two or more; otherwise undefined. */
export function hangulFromQwerty(word: string): string | undefined {
  if (!LATIN_WORD.test(word)) return undefined;
  const hangul = convertQwertyToHangul(word);
  return HANGUL_SYLLABLES.test(hangul) && hangul.length >= 2 ? hangul : undefined;
}

/** The spelling within a small edit distance of `phrase`, compared letter by letter (jamo for
 * Hangul) and without spaces: "엘라스틱 캐시" → "엘라스티캐시", "클라우드 프런트" → "클라우드 프론트". */
export function nearestSpelling(phrase: string, spellings: readonly string[]): string | undefined {
  const letters = disassemble(squeeze(phrase));
  // One slip in a short word, about one in six in a longer one (a swap of two letters is two).
  const allowed = Math.max(1, Math.round(letters.length / 6));
  if (letters.length < 4) return undefined;
  let best: { spelling: string; cost: number } | undefined;
  for (const spelling of spellings) {
    const cost = distance(letters, disassemble(squeeze(spelling)));
    if (cost <= allowed && (!best || cost < best.cost)) best = { spelling, cost };
  }
  return best?.spelling;
}
