// A fixture page must be a full domain page to reach the checks after it: in the course order
// (src/data/domains.ts), with self-check questions and a glossary term for its "공식 문서" list.
// These are what `npm run new:page` scaffolds, less the page itself.
import { scaffold } from '../../scripts/new-page.mjs';

/** Fixture files that make src/content/docs/<slug>.mdx a domain page whose section `anchor` the glossary names. */
export function asDomainPage(slug: string, anchor: string): Record<string, string> {
  const { [`src/content/docs/${slug}.mdx`]: _page, ...files } = scaffold({ slug, title: '고장 난 페이지' });
  const glossary = files['src/data/glossary.yaml'];
  return { ...files, 'src/data/glossary.yaml': glossary.replace(/anchor: first-section\n(?![\s\S]*anchor: first-section)/, `anchor: ${anchor}\n`) };
}
