// Keeps the site's "보충" corrections out of the search index. Search results and their excerpts
// are the notes' own sections and words (the note a 보충 corrects is indexed, so a search still
// lands right above it), and the corrections' text would make the one-chunk index that every
// first search downloads a third larger (32 KB → 54 KB: over the 110 KB first-search budget).
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export const CORRECTION_TITLE = '보충';

export default function rehypeUnindexedCorrections() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'aside' || node.properties.ariaLabel !== CORRECTION_TITLE) return;
      node.properties.dataPagefindIgnore = '';
    });
  };
}
