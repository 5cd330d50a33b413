// Turns a failed `npm test` log into a Korean summary for the pull request's check page
// (GitHub's job summary) and puts each build error on its file and line (annotations).
// node scripts/explain-failure.mjs <log file>   (the workflow appends stdout to $GITHUB_STEP_SUMMARY)
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

// Colour codes, then the Korean build errors: "src/…:12: …" or a message followed by Astro's "Location:".
const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
const lines = log.split('\n');

// One entry per file and line; Astro's "Location:" block (the whole message) wins over its first line.
const byPlace = new Map();
lines.forEach((line, i) => {
  const own = /^\s*((?:src|public)\/[^\s:]+):(\d+)(?::\d+)?: (.+)$/.exec(line);
  if (own && !byPlace.has(`${own[1]}:${own[2]}`)) {
    const fix = lines.slice(i + 1, i + 3).filter((l) => /고치는 법/.test(l));
    byPlace.set(`${own[1]}:${own[2]}`, { file: own[1], line: own[2], message: [own[3], ...fix].map((l) => l.trim()).join('\n') });
  }
  const located = /^\s*Location:\s*$/.test(line) && /^\s*(\S+):(\d+):\d+\s*$/.exec(lines[i + 1] ?? '');
  if (located) {
    const start = lines.slice(0, i).findLastIndex((l) => /\[ERROR\]/.test(l));
    const file = relative(process.cwd(), located[1]);
    byPlace.set(`${file}:${located[2]}`, { file, line: located[2], message: lines.slice(start + 1, i).map((l) => l.trim()).join('\n').trim() });
  }
});
const buildErrors = [...byPlace.values()];
const failedTests = [...new Set(lines.filter((l) => /^\s+(\d+\)|✘|×|FAIL)\s/.test(l)).map((l) => l.trim()))];

const out = ['## 검사가 실패했습니다', ''];
if (buildErrors.length) {
  out.push('### 빌드 오류: 아래 파일의 그 줄을 고치세요', '');
  for (const { file, line, message } of buildErrors) {
    out.push(`- \`${file}:${line}\``, '', '  ```', ...message.split('\n').map((l) => `  ${l}`), '  ```');
    console.error(`::error file=${file},line=${line}::${message.replaceAll('%', '%25').replaceAll('\n', '%0A')}`);
  }
} else if (failedTests.length) {
  out.push('### 실패한 테스트', '', '테스트 이름은 독자가 보는 것을 말합니다: 그 동작이 깨졌습니다. 아래 로그에서 같은 이름을 찾으면 기대한 값과 실제 값이 있습니다.', '');
  for (const test of failedTests.slice(0, 30)) out.push(`- ${test}`);
} else {
  out.push('타입 검사(`astro check`)나 설치 단계에서 멈췄을 수 있습니다. 작업 로그의 마지막 부분을 보세요.');
}
out.push('', '각 검사가 무엇을 뜻하는지는 CONTRIBUTING.md의 "검사가 실패하면"을 보세요.');
console.log(out.join('\n'));
