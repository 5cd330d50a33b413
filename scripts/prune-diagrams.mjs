// Removes drawings that no page uses any more from public/diagrams/ (a changed diagram has a new
// file name, so its old drawing is left over until this runs; `npm run diagrams:draw` runs it too).
// npm run diagrams:prune  (add --check to only list them and exit 1 if there are any)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from '../src/plugins/diagram-cache.ts';
import { docsDiagrams, unusedCacheFiles } from '../src/lib/docs-diagrams.ts';

const unused = unusedCacheFiles(docsDiagrams());
if (process.argv.includes('--check')) {
  for (const file of unused) console.log(`쓰지 않는 다이어그램 파일: public/diagrams/${file}`);
  process.exit(unused.length ? 1 : 0);
}
for (const file of unused) rmSync(join(CACHE_DIR, file));
console.log(`쓰지 않는 다이어그램 파일 ${unused.length}개를 지웠습니다.`);
