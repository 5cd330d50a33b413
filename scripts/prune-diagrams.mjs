// Removes rendered diagrams that no page uses any more from public/diagrams/.
// npm run diagrams:prune  (add --check to only list them and exit 1 if there are any)
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, cacheFileName, mermaidFences, THEMES } from '../src/plugins/diagram-cache.ts';

const pagesDir = new URL('../src/content/docs/', import.meta.url);
const used = new Set();
for (const name of readdirSync(pagesDir, { recursive: true })) {
  if (!String(name).endsWith('.mdx') && !String(name).endsWith('.md')) continue;
  for (const { source } of mermaidFences(readFileSync(new URL(String(name), pagesDir), 'utf8'))) {
    for (const theme of THEMES) used.add(cacheFileName(source, theme));
  }
}
const stale = readdirSync(CACHE_DIR).filter((file) => file.endsWith('.svg') && !used.has(file));
if (process.argv.includes('--check')) {
  for (const file of stale) console.log(`stale: ${file}`);
  process.exit(stale.length ? 1 : 0);
}
for (const file of stale) rmSync(join(CACHE_DIR, file));
console.log(`removed ${stale.length} stale diagram(s); ${used.size} in use`);
