// The sections of the built notes pages, read from their HTML as a reader gets it: every h2/h3
// with an id in a domain page's content, outside the <section>s that each domain page ends with
// (공식 문서, 셀프 체크: parts of every page, not notes).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { domainSlugs } from '../../src/data/domains';

export const DIST = resolve(import.meta.dirname, '../../dist');

export interface BuiltSection {
  page: string;
  id: string;
  heading: string;
  pageTitle: string;
}

export function parseHtml(file: string): Root {
  return unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
}

const hasClass = (node: Element, name: string) => String(node.properties.className ?? '').split(' ').includes(name);

export function builtSections(): BuiltSection[] {
  return domainSlugs.flatMap((page) => {
    const tree = parseHtml(join(DIST, page, 'index.html'));
    let pageTitle = '';
    const sections: BuiltSection[] = [];
    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.properties.id === '_top') pageTitle = toString(node);
      const parents = ancestors.filter((a): a is Element => a.type === 'element');
      const inNotes = parents.some((a) => hasClass(a, 'sl-markdown-content')) && !parents.some((a) => a.tagName === 'section');
      if (inNotes && /^h[23]$/.test(node.tagName) && typeof node.properties.id === 'string') {
        sections.push({ page, id: node.properties.id, heading: toString(node), pageTitle: '' });
      }
    });
    return sections.map((section) => ({ ...section, pageTitle }));
  });
}

/** The notes of a built page as a reader sees them, white space removed (no tooltips or hidden text). */
export function visibleNotes(page: string): string {
  const tree = parseHtml(join(DIST, page, 'index.html'));
  const hidden = (node: Element) =>
    node.properties.hidden !== undefined || ['term-tip', 'sr-only'].some((name) => hasClass(node, name)) || ['script', 'style', 'figure'].includes(node.tagName);
  const text = (node: Element | Root): string =>
    node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' && !hidden(child) ? text(child) : '')).join('');
  let notes = '';
  visitParents(tree, 'element', (node: Element) => {
    if (hasClass(node, 'sl-markdown-content')) notes = text(node);
  });
  return notes.replace(/\s+/g, '');
}

/** The content of `<meta property|name="key">` in a parsed page. */
export function metaContent(tree: Root, key: string): string | undefined {
  let content: string | undefined;
  visitParents(tree, 'element', (node: Element) => {
    if (node.tagName === 'meta' && (node.properties.property === key || node.properties.name === key)) content ??= String(node.properties.content);
  });
  return content;
}
