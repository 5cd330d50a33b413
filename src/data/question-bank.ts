// Builds the question bank (src/progress/bank.ts) from the selfCheck collection at build time.
import { getEntry } from 'astro:content';
import type { BankPage } from '../progress/bank';
import { domainSlugs } from './domains';
import { normaliseBase } from './site-url.mjs';

export async function questionBank(): Promise<BankPage[]> {
  const base = normaliseBase(import.meta.env.BASE_URL);
  return Promise.all(
    domainSlugs.map(async (slug) => {
      const [doc, check] = await Promise.all([getEntry('docs', slug), getEntry('selfCheck', slug)]);
      if (!doc || !check) throw new Error(`"${slug}" needs src/content/docs/${slug}.mdx and src/data/self-check/${slug}.yaml`);
      return {
        slug,
        title: doc.data.sidebar.label ?? doc.data.title,
        questions: check.data.questions.map((q) => ({
          key: `${slug}/${q.id}`,
          question: q.question,
          choices: q.choices,
          answer: q.answer,
          explanation: q.explanation,
          href: `${base}${slug}/#${q.section}`,
          source: q.source,
        })),
      };
    }),
  );
}
