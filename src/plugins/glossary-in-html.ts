// Applies the glossary to a page's rendered notes: abbreviation tooltips (rehype-glossary-terms)
// and search words (rehype-glossary-keywords). It runs when Astro renders the page
// (src/components/MarkdownContent.astro) rather than when MDX compiles, so both read the glossary
// collection (parsed once by Astro, and fresh while `astro dev` runs).
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { GlossaryEntry } from '../data/glossary';
import rehypeGlossaryKeywords from './rehype-glossary-keywords';
import rehypeGlossaryTerms from './rehype-glossary-terms';

export function glossaryInHtml(html: string, options: { glossary: GlossaryEntry[]; page: string; base: string }): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeGlossaryTerms(options)(tree);
  rehypeGlossaryKeywords(options)(tree);
  return toHtml(tree, { collapseEmptyAttributes: true });
}
