// Builds the question bank (src/progress/bank.ts) from the selfCheck collection at build time.
import { getEntry } from 'astro:content';
import type { BankPage } from '../progress/bank';
import { domainSlugs } from './domains';
import { normaliseBase } from './site-url.mjs';

let built: Promise<BankPage[]> | undefined;

/**
 * The bank, built once per build: the sidebar's progress (route middleware, every page), the home
 * cards, every self-check, the exam and questions.json all read it. `astro dev` rebuilds it each
 * time so that edited questions show at once.
 */
export function questionBank(): Promise<BankPage[]> {
  if (import.meta.env.DEV) return buildBank();
  return (built ??= buildBank());
}

async function buildBank(): Promise<BankPage[]> {
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
