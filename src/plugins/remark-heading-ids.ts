// Gives every h2/h3 a short English id written in the MDX source as a trailing comment:
//   ## 보안 그룹 {/* #security-groups */}
// MDX parses `{#id}` as a JavaScript expression, but a comment expression is valid MDX, renders
// nothing, and keeps the id stable when the Korean heading text is reworded. A heading without
// such an id fails the build, so links pasted into chats never become percent-encoded Korean.
// `headingId` is the one reader of this syntax: the open-questions page uses it too, and the
// glossary page reads the ids this step gives (Astro's `render(entry).headings`).
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { suggestHeadingId } from './suggest-heading-id';

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;
const CHECKED_DEPTHS = new Set([2, 3]);

/** The heading's id comment and its text without it; undefined when it has no valid id comment. */
export function headingId(heading: Heading): { id: string; text: string } | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== 'mdxTextExpression') return undefined;
  const id = ID_COMMENT.exec(last.value)?.[1];
  return id ? { id, text: toString({ ...heading, children: heading.children.slice(0, -1) }).trim() } : undefined;
}

function dropIdComment(heading: Heading): void {
  heading.children.pop();
  const text = heading.children.at(-1);
  if (text?.type === 'text') text.value = text.value.trimEnd();
}

export default function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    visit(tree, 'heading', (heading: Heading) => {
      const found = headingId(heading);
      const line = heading.position?.start.line;
      if (!found) {
        if (!CHECKED_DEPTHS.has(heading.depth)) return;
        const text = toString(heading).trim();
        file.fail(
          `제목 "${text}"(h${heading.depth})에 영어 id가 없습니다. 섹션 링크가 읽히도록 제목 끝에 영어 소문자와 하이픈으로 된 id를 붙여 주세요. ` +
            `예: ${'#'.repeat(heading.depth)} ${text} {/* #${suggestHeadingId(text)} */}`,
          heading,
          'remark-heading-ids:missing',
        );
      }
      const { id } = found;
      dropIdComment(heading);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        file.fail(`제목 id "#${id}"가 이 페이지에서 두 번 쓰였습니다(${earlier}행과 ${line}행). 하나를 다른 영어 id로 바꿔 주세요.`, heading, 'remark-heading-ids:duplicate');
      }
      seen.set(id, line ?? 0);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
