// A fixture page must be in the course order (src/data/domains.ts), or the build stops there.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DOMAINS = resolve(import.meta.dirname, '../../src/data/domains.ts');

/** Fixture files that add `slug` to the last group of the domain list. */
export function inDomainList(slug: string): Record<string, string> {
  const source = readFileSync(DOMAINS, 'utf8');
  const patched = source.replace(/slugs: \[([^\]]*)\] \},\n\];/, (all, slugs) => all.replace(slugs, `${slugs}, '${slug}'`));
  if (patched === source) throw new Error('src/data/domains.ts changed shape: update tests/support/domain-list.ts');
  return { 'src/data/domains.ts': patched };
}
