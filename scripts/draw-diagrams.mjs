// Draws every diagram of the docs that public/diagrams/ does not hold yet (new or changed), with
// Chromium, and removes the drawings no page uses any more. The "다이어그램 그리기" workflow runs
// this for members; locally: npm run diagrams:draw, then commit public/diagrams/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_HINT } from '../src/lib/chromium.ts';
import { docsDiagrams, notDrawn, unusedCacheFiles } from '../src/lib/docs-diagrams.ts';
import { canDraw, drawDiagrams, syntaxErrorMessage } from '../src/lib/draw-diagrams.ts';
import { CACHE_DIR, THEMES } from '../src/plugins/diagram-cache.ts';

/** On GitHub Actions an error also becomes an annotation on the file and line of the pull request. */
function report(page, line, message) {
  console.error(`${page}:${line}\n${message}\n`);
  if (process.env.GITHUB_ACTIONS) console.log(`::error file=${page},line=${line}::${message.replaceAll('\n', '%0A')}`);
}

const diagrams = docsDiagrams();
let drawn = 0;
let failed = false;
for (const theme of THEMES) {
  const missing = notDrawn(diagrams, theme);
  if (missing.length === 0) continue;
  if (!canDraw()) {
    console.error(`다이어그램 ${missing.length}개를 그려야 하는데 Chromium이 없습니다.\n${INSTALL_HINT}`);
    process.exit(1);
  }
  const drawings = await drawDiagrams(missing.map((d) => d.source), theme).catch((error) => {
    console.error(`${missing.map(({ page, line }) => `${page}:${line}`).join(', ')}\n${error.message}`);
    process.exit(1);
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  drawings.forEach((drawing, i) => {
    const { page, line, files } = missing[i];
    if ('error' in drawing) {
      failed = true;
      if (theme === THEMES[0]) report(page, line, syntaxErrorMessage(drawing.error, line));
      return;
    }
    writeFileSync(join(CACHE_DIR, files[theme]), drawing.svg);
    drawn += 1;
  });
}
const unused = failed ? [] : unusedCacheFiles(diagrams);
for (const file of unused) rmSync(join(CACHE_DIR, file));
console.log(`다이어그램 ${diagrams.length}개 중 새로 그린 SVG ${drawn}개, 지운 SVG ${unused.length}개.`);
process.exit(failed ? 1 : 0);
