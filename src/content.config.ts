import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { domainSlugs } from './data/domains';
import { glossaryEntrySchema } from './data/glossary';

const selfCheckQuestion = z
  .object({
    question: z.string().min(5),
    choices: z.array(z.string().min(1)).min(2).max(5),
    /** 1-based number of the correct choice. */
    answer: z.number().int().min(1),
    explanation: z.string().min(5),
  })
  .refine((q) => q.answer <= q.choices.length, { message: 'answer must name one of the choices (1-based)' });

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    // Every page needs a description: search engines and chat link previews show it.
    schema: docsSchema({ extend: z.object({ description: z.string().min(20) }) }),
  }),
  // Korean UI strings that differ from Starlight's built-in translation.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // AWS terms and abbreviations: search keywords, tooltips, the glossary page, docs links.
  glossary: defineCollection({
    loader: file('src/data/glossary.yaml'),
    schema: glossaryEntrySchema.extend({ page: z.enum(domainSlugs as [string, ...string[]]) }),
  }),
  // Exam-style questions shown at the end of each domain page.
  selfCheck: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/data/self-check' }),
    schema: z.object({
      page: z.enum(domainSlugs as [string, ...string[]]),
      questions: z.array(selfCheckQuestion).min(3).max(5),
    }),
  }),
};
