// Collects the first lines of notes under each h2/h3 (a section's own lines, then those of its
// subsections) for the section's link preview. Pages read them from render()'s
// `remarkPluginFrontmatter.sectionSummaries`, keyed by heading id (set by remark-heading-ids).
// Diagrams, asides (보충, 확인 필요) and components are left out: the preview shows the notes.
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { SECTION_DEPTHS } from '../lib/section-links';

/** Enough text for any preview; pages clip it to what their card and description hold. */
const ENOUGH = 300;

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  const text = 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
  // "게이트웨이:어플라이언스" parses as a directive; Starlight puts it back as text.
  return node.type === 'textDirective' ? `:${node.name}${text}` : text;
}

/** A block's note lines: paragraphs, list items, table body rows (cells joined), sub-headings. */
function noteLines(node: RootContent): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [plainText(node)];
    case 'list':
    case 'listItem':
    case 'blockquote':
      return node.children.flatMap(noteLines);
    case 'table':
      return node.children.slice(1).map((row) => row.children.map(plainText).filter(Boolean).join(' · '));
    default:
      return [];
  }
}

export default function remarkSectionSummaries() {
  return (tree: Root, file: VFile) => {
    const summaries: Record<string, string> = {};
    // The sections that the current block belongs to: an h2 and the h3 inside it.
    let open: { depth: number; id: string }[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading') {
        open = open.filter((section) => section.depth < node.depth);
        const id = (node as Heading).data?.hProperties?.id;
        if (SECTION_DEPTHS.includes(node.depth) && typeof id === 'string') {
          for (const section of open) append(section.id, plainText(node));
          open.push({ depth: node.depth, id });
          summaries[id] = '';
        }
        continue;
      }
      for (const line of noteLines(node)) for (const section of open) append(section.id, line);
    }
    function append(id: string, line: string) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (!text || summaries[id].length >= ENOUGH) return;
      summaries[id] = summaries[id] ? `${summaries[id]} · ${text}` : text;
    }
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, sectionSummaries: summaries };
  };
}
