// Gives every h2/h3 a short English id written in the MDX source as a trailing comment:
//   ## 보안 그룹 {/* #security-groups */}
// MDX parses `{#id}` as a JavaScript expression, but a comment expression is valid MDX, renders
// nothing, and keeps the id stable when the Korean heading text is reworded. A heading without
// such an id fails the build, so links pasted into chats never become percent-encoded Korean.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;
const CHECKED_DEPTHS = new Set([2, 3]);

function takeIdComment(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'mdxTextExpression') return undefined;
  const match = ID_COMMENT.exec(last.value);
  if (!match) return undefined;
  heading.children.pop();
  const text = heading.children.at(-1);
  if (text?.type === 'text') text.value = text.value.trimEnd();
  return match[1];
}

export default function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    visit(tree, 'heading', (heading: Heading) => {
      const id = takeIdComment(heading);
      const line = heading.position?.start.line;
      if (!id) {
        if (!CHECKED_DEPTHS.has(heading.depth)) return;
        file.fail(
          `Heading "${toString(heading)}" (h${heading.depth}) has no English id. ` +
            'End it with {/* #short-english-id */} so section links stay readable.',
          heading,
          'remark-heading-ids:missing',
        );
      }
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        file.fail(`Heading id "#${id}" is used twice (lines ${earlier} and ${line}).`, heading, 'remark-heading-ids:duplicate');
      }
      seen.set(id, line ?? 0);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
