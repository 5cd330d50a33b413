import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { domainSlugs } from './data/domains';
import { GLOSSARY_PATH, glossaryEntrySchema } from './data/glossary';

const selfCheckQuestion = z
  .object({
    question: z.string().min(5),
    choices: z.array(z.string().min(1)).min(2).max(5),
    /** 1-based number of the correct choice. */
    answer: z.number().int().min(1),
    explanation: z.string().min(5),
    /** Stable short English id, unique on its page: progress and 오답노트 are keyed by `page/id`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Heading id on the page of the section that teaches this (links from exam results). */
    section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Official AWS documentation page the question and its explanation were checked against. */
    source: z.string().url().startsWith('https://'),
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
    // Where entries point (page, anchor) is checked against the rendered pages: src/data/glossary-links.ts.
    loader: file(GLOSSARY_PATH),
    schema: glossaryEntrySchema,
  }),
  // Exam-style questions shown at the end of each domain page.
  selfCheck: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/data/self-check' }),
    schema: z.object({
      page: z.enum(domainSlugs as [string, ...string[]]),
      questions: z
        .array(selfCheckQuestion)
        .min(10)
        .max(20)
        .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'question ids must be unique on a page' }),
    }),
  }),
  // Fact-check of the notes: a verdict for every note line of a domain page, with the official
  // page it was checked against (src/data/audit/<page>.yaml).
  audit: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/data/audit' }),
    schema: z.object({
      page: z.enum(domainSlugs as [string, ...string[]]),
      lines: z.array(
        z
          .object({
            /** The note line as a reader sees it (list marker and markup removed); a table row's cells joined with " | ". */
            note: z.string().min(1),
            verdict: z.enum(['correct', 'dated', 'incomplete', 'wrong']),
            /** Official AWS documentation page the line was checked against. */
            source: z.string().url().startsWith('https://'),
            /** Korean: what is dated, missing or wrong (required unless correct). */
            why: z.string().min(5).optional(),
            /** A phrase of the note (e.g. "5TB") that the 보충 aside after the line must mention (required unless correct). */
            subject: z.string().min(1).optional(),
          })
          .refine((line) => line.verdict === 'correct' || (line.why && line.subject), {
            message: 'why and subject are required unless the verdict is correct',
          }),
      ),
    }),
  }),
};
