// The project's data files as the tests read them: what the built pages must show.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { GlossaryEntry } from '../../src/data/glossary';
import { GLOSSARY_PATH } from '../../src/data/glossary';

const read = (path: string) => load(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const glossary = read(GLOSSARY_PATH) as GlossaryEntry[];

export function selfCheckQuestions(slug: string): { id: string; answer: number; choices: string[] }[] {
  return (read(`src/data/self-check/${slug}.yaml`) as { questions: { id: string; answer: number; choices: string[] }[] }).questions;
}
