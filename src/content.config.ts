import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { domainSlugs } from './data/domains';
import { GLOSSARY_PATH, glossaryEntrySchema } from './data/glossary';
import { isInDomainList, pageMatchesFileName, SELF_CHECK_FIX, selfCheckSchema } from './data/content-checks';
import { withContentErrors } from './lib/content-errors';

export const collections = {
  docs: defineCollection({
    loader: withContentErrors(docsLoader(), { check: isInDomainList }),
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
    loader: withContentErrors(glob({ pattern: '*.yaml', base: './src/data/self-check' }), {
      schema: selfCheckSchema,
      fix: SELF_CHECK_FIX,
      check: pageMatchesFileName,
    }),
    schema: selfCheckSchema,
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
