// One control per section heading, in place of Starlight's anchor link (turned off with its
// `markdown.headingLinks` option) and a separate copy button: a link to the section's shareable
// address (src/lib/section-links.ts). A click copies that address for a group chat and moves to
// the section (src/components/CopySectionLink.astro); as a plain link it opens the section in
// a new tab, "copy link address" gives the same address, and without JavaScript it still leads
// to the section. One tab stop, named in Korean for screen readers.
import { basename } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SECTION_DEPTHS, sectionHref } from '../lib/section-links';

export interface Options {
  /** The site's base path, e.g. "/aws-study-notes/". */
  base: string;
}

const SECTION_TAGS = new Set(SECTION_DEPTHS.map((depth) => `h${depth}`));

// A chain link, drawn in the text colour.
const ICON: Element = {
  type: 'element',
  tagName: 'svg',
  properties: { ariaHidden: 'true', viewBox: '0 0 24 24', width: 16, height: 16, fill: 'none', stroke: 'currentColor', strokeWidth: '2.2', strokeLinecap: 'round' },
  children: [
    { type: 'element', tagName: 'path', properties: { d: 'M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L11.5 6' }, children: [] },
    { type: 'element', tagName: 'path', properties: { d: 'M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.7-1.6' }, children: [] },
  ],
};

/** A heading wrapped with its one link (also used for the parts every domain page ends with). */
export function headingWithLink(heading: Element, href: string): Element {
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['section-link'], href },
    children: [
      ICON,
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'], dataPagefindIgnore: true },
        children: [{ type: 'text', value: `“${toString(heading)}” 섹션 링크 복사` }],
      },
    ],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['section-heading'] }, children: [heading, link] };
}

export default function rehypeSectionLinks({ base }: Options) {
  return (tree: Root, file: VFile) => {
    const page = basename(file.path ?? '').replace(/\.mdx?$/, '');
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties.id;
      if (!SECTION_TAGS.has(node.tagName) || typeof id !== 'string' || !parent || index === undefined) return;
      parent.children[index] = headingWithLink(node, sectionHref(base, page, id));
      return SKIP;
    });
  };
}
