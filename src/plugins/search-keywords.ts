// The words readers type for a glossary entry, as Pagefind should index them: every spelling,
// and Korean compounds also without their spaces (보안그룹). Particles and question words are
// handled on the query side (src/search/query.ts), which keeps the index small.
import type { GlossaryEntry } from '../data/glossary';

// Words in many names that point to no section in particular ("Amazon Virtual Private Cloud").
const GENERIC = new Set(['amazon', 'aws', 'service', 'services', 'and', 'for', 'of', 'the', 'on', 'to', 'in', '서비스']);

/**
 * The words to index for the given entries, each once, spellings separated by " · ". `reserved` holds the
 * abbreviations and one-word names that other sections define: "S3 Glacier" must not make the
 * Glacier section compete with the S3 section for the query "S3". (Words the section already
 * has are indexed again on purpose: the repeat ranks the defining section first.)
 */
export function searchKeywords(entries: GlossaryEntry[], reserved: ReadonlySet<string> = new Set()): string {
  const seen = new Set<string>();
  // One group per spelling, shown " · "-separated: Pagefind may quote these words in a result's
  // excerpt, where a list of names reads better than a run of words.
  const groups: string[][] = [];
  const take = (words: string[]) => {
    const fresh = words.filter((word) => {
      const key = word.toLowerCase();
      if (reserved.has(key) || GENERIC.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (fresh.length > 0) groups.push(fresh);
  };
  for (const entry of entries) {
    const spellings = [entry.term, entry.ko, entry.en, entry.abbr, entry.expansion, ...entry.aliases].filter(
      (value): value is string => Boolean(value),
    );
    for (const spelling of spellings) {
      const parts = spelling.split(/\s+/).filter(Boolean);
      take(parts);
      // Readers drop the spaces in Korean compounds (보안그룹); English ones they keep apart.
      if (parts.length > 1 && parts.every((part) => /[가-힣]/.test(part))) take([parts.join('')]);
    }
  }
  return groups.map((group) => group.join(' ')).join(' · ');
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
