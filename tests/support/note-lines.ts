// The note lines of a domain page, read from its MDX through the Markdown pipeline the site uses
// (remark with MDX, GFM tables and directives): what a member wrote, as a reader sees it.
//   - a list item's own text (not its nested list, whose items are lines of their own),
//   - a top-level paragraph,
//   - a table row, its cells joined with " | " (header row included).
// Headings, asides (:::), code and Mermaid fences, imports and components are not note lines.
import { readFileSync } from 'node:fs';
import type { Heading, Nodes, Parent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids';

export interface Aside {
  /** Directive name and label, e.g. "tip" and "보충". */
  type: string;
  title: string;
  text: string;
}

export interface NoteLine {
  text: string;
  /** A table row's cells (the row reads as one line, the page shows them apart). */
  cells?: string[];
  /** Line in the MDX file where the note starts. */
  line: number;
  /** Asides that directly follow the line, its list item, or any block that encloses it up to the top level. */
  followingAsides: Aside[];
}

export function domainMdx(slug: string): string {
  return readFileSync(new URL(`../../src/content/docs/${slug}.mdx`, import.meta.url), 'utf8');
}

/** Frontmatter as blank space, so that lines and offsets stay those of the file. */
function blankOut(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Parses an MDX page into mdast, heading ids applied (throws on an invalid page). */
export function parseMdx(mdx: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).use(remarkHeadingIds);
  const file = new VFile({ value: mdx.replace(/^---\n[\s\S]*?\n---\n/, blankOut) });
  return processor.runSync(processor.parse(file), file) as Root;
}

/** Text a reader sees: markup and MDX comments dropped, white space collapsed. */
export function readerText(node: Nodes, source: string): string {
  return collect(node, source).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes, source: string): string {
  switch (node.type) {
    case 'textDirective':
      // "Managed(1:N)" parses as a directive; Starlight writes unknown ones back as they were typed.
      return source.slice(node.position!.start.offset, node.position!.end.offset);
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
      return '';
    case 'break':
      return ' ';
    case 'text':
    case 'inlineCode':
      return node.value;
    default:
      return 'children' in node ? (node.children as Nodes[]).map((child) => collect(child, source)).join('') : '';
  }
}

function isAside(node: RootContent | undefined): node is Extract<RootContent, { type: 'containerDirective' }> {
  return node?.type === 'containerDirective';
}

type Ancestry = { parent: Parent; index: number }[];

export function noteLines(mdx: string): NoteLine[] {
  const text = (node: Nodes) => readerText(node, mdx);
  const asideOf = (node: Extract<RootContent, { type: 'containerDirective' }>): Aside => {
    const label = node.children.find((child) => child.type === 'paragraph' && child.data?.directiveLabel);
    const body = node.children.filter((child) => child !== label);
    return { type: node.name, title: label ? text(label) : '', text: body.map(text).join(' ') };
  };
  /** The run of asides right after `parent.children[index]`. */
  const asidesAfter = (parent: Parent, index: number): Aside[] => {
    const asides: Aside[] = [];
    for (let i = index + 1; isAside(parent.children[i]); i++) asides.push(asideOf(parent.children[i] as never));
    return asides;
  };
  const following = (ancestry: Ancestry) => ancestry.flatMap(({ parent, index }) => asidesAfter(parent, index));
  const lines: NoteLine[] = [];

  const walk = (parent: Parent, ancestry: Ancestry): void => {
    parent.children.forEach((node, index) => {
      const here: Ancestry = [{ parent, index }, ...ancestry];
      const line = node.position?.start.line ?? 0;
      switch (node.type) {
        case 'paragraph':
          lines.push({ text: text(node), line, followingAsides: following(here) });
          break;
        case 'list':
          walk(node, here);
          break;
        case 'listItem': {
          // The item's own text; a nested list's items are lines of their own.
          const own = node.children.filter((child) => child.type !== 'list' && !isAside(child));
          const ownText = own.map(text).filter(Boolean).join(' ');
          const lastOwn = node.children.indexOf(own.at(-1)!);
          if (ownText) lines.push({ text: ownText, line, followingAsides: [...asidesAfter(node, lastOwn), ...following(here)] });
          node.children.forEach((child, childIndex) => {
            if (child.type === 'list') walk(child, [{ parent: node, index: childIndex }, ...here]);
          });
          break;
        }
        case 'table':
          node.children.forEach((row, rowIndex) => {
            const cells = row.children.map(text);
            const rowText = cells.join(' | ').trim();
            const rowLine = row.position?.start.line ?? line;
            if (rowText) lines.push({ text: rowText, cells: cells.filter(Boolean), line: rowLine, followingAsides: following([{ parent: node, index: rowIndex }, ...here]) });
          });
          break;
        default:
          // headings, asides, code, thematic breaks, JSX and ESM are not note lines
          break;
      }
    });
  };
  walk(parseMdx(mdx), []);
  return lines;
}

/** Headings (h2–h6) as a reader sees them, with their ids. */
export function headings(mdx: string): { text: string; id?: string }[] {
  const found: { text: string; id?: string }[] = [];
  for (const node of parseMdx(mdx).children) {
    if (node.type !== 'heading' || (node as Heading).depth < 2) continue;
    const id = node.data?.hProperties?.id;
    found.push({ text: readerText(node, mdx), id: typeof id === 'string' ? id : undefined });
  }
  return found;
}

/** Compares texts as a reader would find them: white space and letter case ignored. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
