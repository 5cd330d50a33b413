// The glossary (src/data/glossary.yaml) with its schema. Astro reads it as the `glossary`
// collection; the remark/rehype steps read it directly, since they run outside Astro's runtime.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
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

export const GLOSSARY_FILE = new URL('./glossary.yaml', import.meta.url);

let cached: GlossaryEntry[] | undefined;

/** The validated glossary; throws naming the entry and field when an entry is malformed. */
export function readGlossary(): GlossaryEntry[] {
  if (cached) return cached;
  const parsed = z.array(glossaryEntrySchema).safeParse(load(readFileSync(GLOSSARY_FILE, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`src/data/glossary.yaml: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.data) {
    if (ids.has(entry.id)) throw new Error(`src/data/glossary.yaml: id "${entry.id}" is used twice`);
    ids.add(entry.id);
  }
  cached = parsed.data;
  return cached;
}
