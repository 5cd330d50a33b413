// Finds the notes' open questions ("확인 필요" asides) in a page's MDX source, each with the
// answer aside ("답변") that follows it and the id of the section it sits in. The page
// "확인 필요 모아보기" is generated from this, so it can never miss a question.
import type { ContainerDirective } from 'mdast-util-directive';
import type { Heading, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { headingId } from '../plugins/remark-heading-ids';

export const QUESTION_TITLE = '확인 필요';
export const ANSWER_TITLE = '답변';

export interface OpenQuestion {
  /** Id of the h2/h3 section that holds the question. */
  sectionId: string;
  sectionTitle: string;
  questionHtml: string;
  answerHtml?: string;
}

function asideTitle(node: RootContent): string | undefined {
  if (node.type !== 'containerDirective') return undefined;
  const label = node.children[0];
  return label?.type === 'paragraph' && label.data?.directiveLabel ? toString(label) : undefined;
}

function bodyHtml(aside: ContainerDirective): string {
  const body = aside.children.filter((child) => !(child.type === 'paragraph' && child.data?.directiveLabel));
  return toHtml(toHast({ type: 'root', children: body } as Root));
}

export function findOpenQuestions(mdx: string): OpenQuestion[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective).parse(mdx) as Root;
  const questions: OpenQuestion[] = [];
  let section = { id: '', title: '' };
  tree.children.forEach((node, index) => {
    if (node.type === 'heading') {
      const found = headingId(node as Heading);
      if (found) section = { id: found.id, title: found.text };
      return;
    }
    if (asideTitle(node) !== QUESTION_TITLE) return;
    const next = tree.children[index + 1];
    questions.push({
      sectionId: section.id,
      sectionTitle: section.title,
      questionHtml: bodyHtml(node as ContainerDirective),
      answerHtml: next && asideTitle(next)?.startsWith(ANSWER_TITLE) ? bodyHtml(next as ContainerDirective) : undefined,
    });
  });
  return questions;
}
