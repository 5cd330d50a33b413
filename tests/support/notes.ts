// The group's original notes, as the fragments a reader must find on the site: every line and
// every table cell, with markdown markers and white space removed.
import { readFileSync } from 'node:fs';

const notes = readFileSync(new URL('../fixtures/original-notes.md', import.meta.url), 'utf8');

const TABLE_SEPARATOR = /^\|?\s*:?-{3,}/;

function strip(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '') // heading marker
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '') // list marker
    .replace(/\*\*/g, '') // bold
    .replace(/\s+/g, '');
}

export function noteFragments(): string[] {
  const fragments: string[] = [];
  for (const line of notes.split('\n')) {
    if (!line.trim() || TABLE_SEPARATOR.test(line.trim())) continue;
    if (line.trim().startsWith('|')) {
      const cells = line.trim().replace(/^\||\|$/g, '').split('|');
      fragments.push(...cells.map(strip).filter(Boolean));
    } else {
      fragments.push(strip(line));
    }
  }
  return fragments.filter(Boolean);
}

export function withoutWhiteSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
