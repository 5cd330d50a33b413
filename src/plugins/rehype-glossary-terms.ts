// Explains abbreviations where readers meet them: the first use of each glossary abbreviation
// on a page becomes a button that shows its expansion and definition on hover, focus and tap
// (CSS only, so phones and keyboards work without JavaScript), with a link to the glossary.
// The explanation is left out of the search index, so search still lands on defining sections.
import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { GlossaryEntry } from '../data/glossary';

export interface Options {
  /** The site's base path, e.g. "/aws-study-notes/". */
  base: string;
  glossary: GlossaryEntry[];
  /** The page's slug, which keeps tooltip ids unique on the all-notes page. */
  page: string;
}

const SKIP = new Set(['a', 'button', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'script', 'style', 'svg']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function term(entry: GlossaryEntry & { abbr: string }, page: string, base: string): Element {
  const tipId = `term-${page}-${entry.id}`;
  const explanation: ElementContent[] = [
    { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: entry.abbr }] },
    { type: 'text', value: `${entry.expansion ? ` (${entry.expansion})` : ''}: ${entry.definition} ` },
    {
      type: 'element',
      tagName: 'a',
      properties: { href: `${base}glossary/#${entry.id}` },
      children: [{ type: 'text', value: '용어집에서 보기' }],
    },
  ];
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['term-abbr'], ariaDescribedBy: [tipId] },
        children: [{ type: 'text', value: entry.abbr }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { id: tipId, className: ['term-tip'], dataPagefindIgnore: '' },
        children: explanation,
      },
    ],
  };
}

export default function rehypeGlossaryTerms(options: Options) {
  const { page } = options;
  return (tree: Root) => {
    const pending = new Map(
      options.glossary
        .filter((entry): entry is GlossaryEntry & { abbr: string } => Boolean(entry.abbr))
        .map((entry) => [entry.abbr, entry]),
    );
    if (pending.size === 0) return;
    const pattern = () =>
      new RegExp(`(?<![A-Za-z0-9])(${[...pending.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![A-Za-z0-9])`);

    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (pending.size === 0) return;
      const parent = ancestors.at(-1) as Element | Root;
      const inside = ancestors.some((ancestor) => ancestor.type === 'element' && (SKIP.has(ancestor.tagName) || ancestor.properties.hidden !== undefined));
      if (inside) return;
      const match = pattern().exec(node.value);
      if (!match) return;
      const entry = pending.get(match[1])!;
      pending.delete(match[1]);
      const before: Text = { type: 'text', value: node.value.slice(0, match.index) };
      const after: Text = { type: 'text', value: node.value.slice(match.index + match[1].length) };
      const index = parent.children.indexOf(node as ElementContent);
      parent.children.splice(index, 1, before, term(entry, page, options.base), after);
      // Continue with the rest of this text node (it may hold another abbreviation).
      return index + 2;
    });
  };
}
