// Starlight labels each aside landmark with its title alone, so a page with two "보충" asides
// (or the all-notes page, with every page's "확인 필요") has landmarks that screen readers cannot
// tell apart (axe: landmark-unique). This names each aside after its section too, e.g.
// "확인 필요: Aurora", numbering any that would still repeat.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h[2-4]$/;

export default function rehypeAsideLabels() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    let section = '';
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName)) {
        section = toString(node).trim();
        return;
      }
      const label = node.properties.ariaLabel;
      if (node.tagName !== 'aside' || typeof label !== 'string') return;
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('starlight-aside')) return;
      let unique = section ? `${label}: ${section}` : label;
      const count = (seen.get(unique) ?? 0) + 1;
      seen.set(unique, count);
      if (count > 1) unique = `${unique} (${count})`;
      node.properties.ariaLabel = unique;
    });
  };
}
