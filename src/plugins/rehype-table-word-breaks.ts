// Pagefind reads table cells as one run of text, so "특성", "SNS" and "SQS" in adjacent <th>
// cells would be indexed as the single word "특성SNSSQS". A trailing space in each cell keeps
// them separate words; browsers do not render it.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeTableWordBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'th' || node.tagName === 'td') node.children.push({ type: 'text', value: ' ' });
    });
  };
}
