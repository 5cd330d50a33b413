// The words readers type for a glossary entry, as Pagefind should index them: every spelling,
// spaced and unspaced, and each with the Korean particles readers attach (서브넷을, NAT를).
// Pagefind splits Korean on spaces only and has no stemmer for it, so "보안 그룹을" only finds
// a section where the word "그룹을" is indexed.
import type { GlossaryEntry } from '../data/glossary';

// The particles readers most often leave on a search word; each form is a word in the index,
// and the index (which a first search downloads in part) grows with every one.
const AFTER_CONSONANT = ['을', '이', '은', '으로'];
const AFTER_VOWEL = ['를', '가', '는', '로'];
const ANY = ['의', '에'];

function endsWithConsonant(word: string): boolean | undefined {
  const last = word.charCodeAt(word.length - 1);
  if (last < 0xac00 || last > 0xd7a3) return undefined; // not a Hangul syllable
  return (last - 0xac00) % 28 !== 0;
}

/** Korean words and short abbreviations (NAT를, S3에); readers do not attach particles to
 * spelled-out English names. */
function takesParticles(word: string): boolean {
  return /[가-힣]$/.test(word) || /^[A-Z0-9][A-Za-z0-9-]{0,5}$/.test(word);
}

export function withParticles(word: string): string[] {
  if (!takesParticles(word)) return [word];
  const batchim = endsWithConsonant(word);
  const particles =
    batchim === undefined ? [...AFTER_CONSONANT, ...AFTER_VOWEL, ...ANY] : [...(batchim ? AFTER_CONSONANT : AFTER_VOWEL), ...ANY];
  return [word, ...particles.map((particle) => word + particle)];
}

// Pagefind only returns pages that hold every word of the query, so a natural question such as
// "ALB NLB 차이" needs its question words in the defining sections too.
const QUESTION_WORDS = [
  '차이', '차이점', '비교', 'vs', '뭐야', '뭐', '뭘', '무엇', '무슨', '뭔가요', '어떤', '개념', '정리', '설명', '종류',
  '특징', '언제', '왜', '이유', '어디', '어디에', '어디서', '어떻게', '방법', '사용법', '용도', '예시', '필요',
];

/**
 * Space-separated words to index for the given entries (deduplicated). `reserved` holds the
 * abbreviations and one-word names that other sections define: "S3 Glacier" must not make the
 * Glacier section compete with the S3 section for the query "S3".
 */
export function searchKeywords(entries: GlossaryEntry[], reserved: ReadonlySet<string> = new Set()): string {
  const words = new Set<string>(QUESTION_WORDS);
  const add = (forms: string[]) => {
    if (reserved.has(forms[0].toLowerCase())) return;
    for (const form of forms) words.add(form);
  };
  for (const entry of entries) {
    const spellings = [entry.term, entry.ko, entry.en, entry.abbr, entry.expansion, ...entry.aliases].filter(
      (value): value is string => Boolean(value),
    );
    for (const spelling of spellings) {
      const parts = spelling.split(/\s+/).filter(Boolean);
      for (const part of parts.slice(0, -1)) add([part]);
      const last = parts.at(-1);
      if (last) add(withParticles(last));
      // Readers drop the spaces in Korean compounds (보안그룹); English ones they keep apart.
      if (parts.length > 1 && parts.every((part) => /[가-힣]/.test(part))) add(withParticles(parts.join('')));
    }
  }
  return [...words].join(' ');
}

/** The abbreviations and one-word names of entries, by the section that defines them. */
export function namesBySection(entries: GlossaryEntry[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const entry of entries) {
    const key = `${entry.page}#${entry.anchor}`;
    const set = names.get(key) ?? new Set<string>();
    for (const name of [entry.abbr, entry.term]) if (name && !/\s/.test(name)) set.add(name.toLowerCase());
    names.set(key, set);
  }
  return names;
}
