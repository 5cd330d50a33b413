// Puts the glossary's words for a section into that section, hidden from readers and screen
// readers (the `hidden` attribute) but indexed by Pagefind, so a search in either language or in
// any listed spelling lands on the section that defines the term (particles and question words: src/search/query.ts).
// (Whether every entry's section exists is checked once, in src/data/glossary-links.ts.)
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { GlossaryEntry } from '../data/glossary';
import { KEYWORDS_ID_SUFFIX } from '../search/keyword-excerpts';
import { namesBySection, searchKeywords } from './search-keywords';

export default function rehypeGlossaryKeywords({ glossary, page }: { glossary: GlossaryEntry[]; page: string }) {
  return (tree: Root) => {
    const entries = glossary.filter((entry) => entry.page === page);
    const names = namesBySection(glossary);
    const reservedElsewhere = (anchor: string) =>
      new Set([...names].filter(([section]) => section !== `${page}#${anchor}`).flatMap(([, set]) => [...set]));
    if (entries.length === 0) return;
    const pending = new Map<string, GlossaryEntry[]>();
    for (const entry of entries) pending.set(entry.anchor, [...(pending.get(entry.anchor) ?? []), entry]);

    visit(tree, 'element', (node: Element, index, parent) => {
      if (!/^h[23]$/.test(node.tagName) || !parent || index === undefined) return;
      const id = String(node.properties.id ?? '');
      const forSection = pending.get(id);
      if (!forSection) return;
      pending.delete(id);
      const keywords: Element = {
        type: 'element',
        tagName: 'p',
        // The id lets the search keep the list out of result excerpts (src/search/keyword-excerpts.ts).
        properties: { hidden: true, id: `${id}${KEYWORDS_ID_SUFFIX}`, className: ['search-keywords'] },
        children: [{ type: 'text', value: searchKeywords(forSection, reservedElsewhere(id)) }],
      };
      parent.children.splice(index + 1, 0, keywords);
    });
  };
}
