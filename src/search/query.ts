// What a reader types, read the way the search needs it. Pagefind splits Korean on spaces only,
// has no Korean stemmer and returns only pages that hold every word of the query, so here the
// particles come off each word (Pagefind matches words by prefix, so "그룹" still finds
// "그룹을"), question words go, and the Hangul rules (초성, keyboard left in English mode, near
// misses) are in hangul.ts, loaded only for queries that need them. Everything here is pure;
// src/search/korean-pagefind.ts runs the searches.

// Longest first, so that "으로" comes off whole rather than as "로". Stacked particles come off
// one at a time ("서브넷에는" → "서브넷에" → "서브넷").
// Question endings come off the same way ("암호화돼" → "암호화", "설정해" → "설정").
const PARTICLES = [
  '되나요', '인가요', '하나요', '으로', '에서', '까지', '부터', '이랑', '한테', '해요', '돼요', '이야',
  '을', '를', '이', '가', '은', '는', '의', '에', '로', '와', '과', '랑', '란', '도', '만', '나', '엔', '돼', '해', '야',
];

// Words that ask rather than name ("ALB NLB 차이", "NAT 뭐야", "몇 개까지 만들 수 있어").
const QUESTION_WORDS = new Set([
  '차이', '차이점', '비교', 'vs', '뭐야', '뭐', '뭘', '뭐가', '무엇', '무엇인가요', '무슨', '뭔가요', '뭔지', '어떤', '개념',
  '정리', '설명', '종류', '특징', '언제', '왜', '이유', '어디', '어디서', '어떻게', '방법', '사용법', '용도', '예시',
  '필요', '알려줘', '하는', '두나', '쓰나', '쓰는', '되나', '인가', '건가요', '얼마', '얼마나', '몇', '개', '건', '분', '수',
  '있어', '있나', '있나요', '있어요', '없어', '되', '되요', '할', '쓸', '써', '만들', '달라', '다른가요', '인지', '알고', '싶어',
]);

const CHOSEONG_ONLY = /^[ㄱ-ㅎ\s]+$/;
/** A word that may be Korean typed with the keyboard in English mode. */
export const LATIN_WORD = /^[A-Za-z]+$/;

/** The word without trailing particles: "서브넷을" → "서브넷", "NAT를" → "NAT", "S3에서는" → "S3".
 * A Korean stem keeps at least two syllables ("하는" stays) so that short words survive. */
export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    const stem = word.slice(0, -particle.length);
    if (word.endsWith(particle) && (/[가-힣]/.test(stem.at(-1) ?? '') ? stem.length > 1 : /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(stem))) {
      return stripParticle(stem);
    }
  }
  return word;
}

/** The words typed, without punctuation. */
export function typedWords(term: string): string[] {
  return term
    .replace(/[?？!！.,，。~()"'“”‘’]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The words that name something: particles off, question words out (unless nothing else is left). */
export function contentWords(words: string[]): string[] {
  const stems = words.map(stripParticle);
  // Here a one-syllable stem counts too: "개까지" and "몇 개" ask, they name nothing.
  const asks = (word: string) =>
    QUESTION_WORDS.has(word) || PARTICLES.some((particle) => word.endsWith(particle) && QUESTION_WORDS.has(word.slice(0, -particle.length)));
  const named = stems.filter((stem, i) => !asks(stem.toLowerCase()) && !asks(words[i].toLowerCase()));
  return named.length > 0 ? named : stems;
}

/** A query made only of initial consonants ("ㅂㅇㄱㄹ", "ㅂㅇ ㄱㄹ"). */
export function isChoseongQuery(term: string): boolean {
  return CHOSEONG_ONLY.test(term) && /[ㄱ-ㅎ]/.test(term);
}

