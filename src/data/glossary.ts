// The glossary's schema. Astro reads src/data/glossary.yaml once, as the `glossary` collection
// (src/content.config.ts); pages and components take it from there (getCollection), so it is
// fresh in `astro dev`. Where each entry points is checked in src/data/glossary-links.ts.
import { z } from 'astro/zod';

export const glossaryEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** How the term is shown, e.g. "NAT 게이트웨이". */
  term: z.string().min(1),
  /** The abbreviation annotated on pages (first use gets a tooltip), e.g. "NAT". */
  abbr: z.string().optional(),
  /** What the abbreviation stands for. */
  expansion: z.string().optional(),
  ko: z.string().min(1),
  en: z.string().min(1),
  /** What readers type: other spellings, transliterations, spacing variants, misspellings. */
  aliases: z.array(z.string().min(1)).min(1),
  definition: z.string().min(10),
  /** The domain page and heading id of the section that defines the term. */
  page: z.string().min(1),
  anchor: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  docs: z.url().refine((url) => /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//.test(url), 'docs must be an official AWS URL'),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Where the glossary lives, relative to the project root (as Astro's file loader reads it). */
export const GLOSSARY_PATH = 'src/data/glossary.yaml';
