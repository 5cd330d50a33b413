// Every h2/h3 section of the notes, as the Markdown pipeline rendered it: the headings come from
// Astro's render() and the first note lines from remark-section-summaries. A section added to
// the notes gets its shareable link (src/pages/[page]/[section].astro) and card
// (src/pages/og/[...slug].ts) from here with no other change.
import { getCollection, render } from 'astro:content';
import { SECTION_DEPTHS } from '../lib/section-links';

export interface Section {
  /** The page's id, e.g. "network". */
  page: string;
  /** The heading's id, e.g. "nat-gateway". */
  id: string;
  /** The heading as written, e.g. "NAT Gateway". */
  heading: string;
  pageTitle: string;
  /** "NAT Gateway · Network (1): VPC·NAT·보안" */
  title: string;
  /** The section's first note lines (the page's description if it has none). */
  summary: string;
}

const docs = await getCollection('docs');
const nested = docs.find((entry) => entry.id.includes('/'));
if (nested) {
  throw new Error(
    `노트 페이지 "${nested.id}"가 폴더 안에 있습니다. 노트는 src/content/docs/ 바로 아래에 두세요: ` +
      '두 단계 주소(<페이지>/<섹션 id>/)는 섹션 링크가 씁니다.',
  );
}

export const sections: Section[] = (
  await Promise.all(
    docs.map(async (entry) => {
      const { headings, remarkPluginFrontmatter } = await render(entry);
      const summaries: Record<string, string> = remarkPluginFrontmatter.sectionSummaries ?? {};
      return headings
        .filter((heading) => SECTION_DEPTHS.includes(heading.depth))
        .map((heading) => ({
          page: entry.id,
          id: heading.slug,
          heading: heading.text,
          pageTitle: entry.data.title,
          title: `${heading.text} · ${entry.data.title}`,
          summary: summaries[heading.slug] || entry.data.description,
        }));
    }),
  )
).flat();
