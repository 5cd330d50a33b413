// Wraps each table in a frame that scrolls sideways on narrow screens. The frame is a labelled,
// focusable region so that keyboard users can scroll it too (axe: scrollable-region-focusable).
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

function headerLabels(table: Element): string[] {
  const labels: string[] = [];
  visit(table, 'element', (node: Element) => {
    if (node.tagName === 'th') labels.push(toString(node).trim());
  });
  return labels.filter(Boolean);
}

export default function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.properties.className?.toString().includes('table-scroll')) return;
      const columns = headerLabels(node);
      const frame: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          role: 'region',
          tabIndex: 0,
          ariaLabel: columns.length ? `표: ${columns.join(', ')}` : '표',
        },
        children: [node],
      };
      parent.children[index] = frame;
    });
  };
}
