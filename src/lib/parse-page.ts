// Parses a docs page with the syntax the site's Markdown pipeline reads (remark + GFM +
// directives, MDX for .mdx), keeping the page's line numbers. A page that is not valid MDX throws
// the parser's VFileMessage (with line and column), as the build would.
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Astro blanks the frontmatter out (keeping its lines) before the MDX compiler sees the page. */
function withoutFrontmatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\n]/g, ''));
}

export function parsePage(text: string, mdx = true): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
  if (mdx) processor.use(remarkMdx);
  return processor.parse(withoutFrontmatter(text));
}
