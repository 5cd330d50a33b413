// What a member wrote on each domain page, as the fragments a reader must find on the site:
// every note line and heading of the current MDX (a table row by its cells), white space removed.
import { domainSlugs } from '../../src/data/domains';
import { domainMdx, headings, noteLines } from './note-lines';

export function noteFragments(slug: string): string[] {
  const mdx = domainMdx(slug);
  const lines = noteLines(mdx).flatMap((line) => line.cells ?? [line.text]);
  return [...headings(mdx).map((h) => h.text), ...lines].map(withoutWhiteSpace).filter(Boolean);
}

export function allNoteFragments(): string[] {
  return domainSlugs.flatMap(noteFragments);
}

export function withoutWhiteSpace(text: string): string {
  return text.replace(/\s+/g, '');
}
