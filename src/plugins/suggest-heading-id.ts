// A ready-to-paste id for a heading that has none (remark-heading-ids' build error): the ids of
// the glossary entries the heading names, then its own English words, e.g.
//   "보안 그룹과 NACL" → "security-group-nacl",  "NAT Gateway 배치" → "nat-gateway".
// Runs only when the build is about to fail, so reading the glossary file here costs nothing.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { GLOSSARY_PATH, type GlossaryEntry } from '../data/glossary';

const MAX_LENGTH = 32;
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

type Names = Pick<GlossaryEntry, 'id' | 'term' | 'ko' | 'en' | 'aliases'> & { abbr?: string };

function readNames(): Names[] {
  try {
    return load(readFileSync(GLOSSARY_PATH, 'utf8')) as Names[];
  } catch {
    return [];
  }
}

export function suggestHeadingId(text: string, glossary: Names[] = readNames()): string {
  let rest = normalise(text);
  const parts: { at: number; words: string[] }[] = [];
  // Longest names first, so "NAT Gateway" wins over "NAT".
  const names = glossary
    .flatMap((entry) => [entry.term, entry.ko, entry.en, entry.abbr, ...entry.aliases].filter(Boolean).map((name) => ({ name: normalise(name!), entry })))
    .filter(({ name }) => name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  for (const { name, entry } of names) {
    const at = rest.indexOf(name);
    if (at < 0 || parts.some((part) => part.words.join('-') === entry.id)) continue;
    parts.push({ at, words: [entry.id] });
    rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
  }
  for (const match of rest.matchAll(/[a-z0-9]+/g)) parts.push({ at: match.index, words: [match[0]] });
  const id = parts
    .sort((a, b) => a.at - b.at)
    .flatMap((part) => part.words)
    .join('-');
  const short = id.length <= MAX_LENGTH ? id : id.slice(0, MAX_LENGTH + 1).replace(/-[^-]*$/, '');
  return short || 'short-english-id';
}
