// A fixture page must be in the course order (src/data/domains.ts), or the build stops there.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withSlug } from '../../scripts/new-page.mjs';

/** Fixture files that add `slug` to the last group of the domain list. */
export function inDomainList(slug: string): Record<string, string> {
  return { 'src/data/domains.ts': withSlug(readFileSync(resolve(import.meta.dirname, '../../src/data/domains.ts'), 'utf8'), slug) };
}
