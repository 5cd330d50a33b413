// What a reader types, turned into what Pagefind should look for. Pagefind splits Korean on
// spaces only, has no Korean stemmer and returns only pages that hold every word of the query,
// so "보안 그룹을 어떻게 설정해?" would find nothing. Here the particles come off each word
// (Pagefind matches words by prefix, so "그룹" still finds "그룹을" in the notes) and the
// question words go, unless nothing else is left.

// Longest first, so that "으로" comes off whole rather than as "로". Stacked particles come off
// one at a time ("서브넷에는" → "서브넷에" → "서브넷").
const PARTICLES = ['으로', '에서', '까지', '부터', '을', '를', '이', '가', '은', '는', '의', '에', '로', '와', '과', '랑', '란', '도', '만', '나'];

// Words that ask rather than name ("ALB NLB 차이", "NAT 뭐야").
const QUESTION_WORDS = new Set([
  '차이', '차이점', '비교', 'vs', '뭐야', '뭐', '뭘', '무엇', '무엇인가요', '무슨', '뭔가요', '뭔지', '어떤', '개념',
  '정리', '설명', '종류', '특징', '언제', '왜', '이유', '어디', '어디서', '어떻게', '방법', '사용법', '용도',
  '예시', '필요', '알려줘', '하는', '하나', '두나', '쓰나', '쓰는', '되나', '인가', '인가요', '건가요',
]);

const HANGUL = /[가-힣]/;

/** The word without trailing particles: "서브넷을" → "서브넷", "NAT를" → "NAT", "S3에서는" → "S3".
 * A Korean stem keeps at least two syllables ("하는" stays) so that short words survive. */
export function stripParticle(word: string): string {
  for (const particle of PARTICLES) {
    const stem = word.slice(0, -particle.length);
    if (word.endsWith(particle) && (HANGUL.test(stem.at(-1) ?? '') ? stem.length > 1 : /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(stem))) {
      return stripParticle(stem);
    }
  }
  return word;
}

export function processTerm(term: string): string {
  const words = term
    .replace(/[?？!！.,，。]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const stems = words.map(stripParticle);
  const asked = stems.filter((stem, i) => !QUESTION_WORDS.has(stem.toLowerCase()) && !QUESTION_WORDS.has(words[i].toLowerCase()));
  return (asked.length > 0 ? asked : stems).join(' ');
}
