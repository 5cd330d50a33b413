// The fact-check of the notes (src/data/audit/<page>.yaml): every note line of a domain page has
// a verdict, no verdict is left for a line that is gone, and every line that is dated, incomplete
// or wrong is followed on the page by a 보충 aside that names the line's subject.
import { existsSync, readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { domainSlugs } from '../../src/data/domains';
import { domainMdx, noteLines, squeezed } from '../support/note-lines';

interface Verdict {
  note: string;
  verdict: 'correct' | 'dated' | 'incomplete' | 'wrong';
  subject?: string;
}

function audit(slug: string): Verdict[] | undefined {
  const file = new URL(`../../src/data/audit/${slug}.yaml`, import.meta.url);
  return existsSync(file) ? (load(readFileSync(file, 'utf8')) as { lines: Verdict[] }).lines : undefined;
}

describe.each(domainSlugs)('%s', (slug) => {
  const lines = noteLines(domainMdx(slug));
  const verdicts = audit(slug) ?? [];

  test('every note line has exactly one verdict, and every verdict a line', () => {
    expect(audit(slug), `src/data/audit/${slug}.yaml is missing`).toBeDefined();
    // White space and letter case don't change a fact: "게이트웨이:어플" and "게이트웨이: 어플" share a verdict.
    const notes = new Set(lines.map((line) => squeezed(line.text)));
    const stale = verdicts.filter((v) => !notes.has(squeezed(v.note)));
    const unaudited = lines.filter((line) => !verdicts.some((v) => squeezed(v.note) === squeezed(line.text))).map((l) => {
      // A reworded or typo-fixed line: point at the verdict to carry over.
      const was = stale.find((v) => distance(v.note, l.text) <= Math.max(3, l.text.length / 10));
      return was ? `${l.line}: ${l.text} (note를 이 줄로 고치세요. 지금 기록: "${was.note}")` : `${l.line}: ${l.text}`;
    });
    expect(unaudited, 'lines without a verdict').toEqual([]);
    expect(stale.map((v) => v.note), 'verdicts for lines that are not on the page').toEqual([]);
    const listed = verdicts.map((v) => squeezed(v.note));
    expect(listed.filter((note, i) => listed.indexOf(note) !== i), 'lines with two verdicts').toEqual([]);
  });

  test('every dated, incomplete or wrong line is followed by a 보충 that names its subject', () => {
    const unfixed: string[] = [];
    for (const verdict of verdicts.filter((v) => v.verdict !== 'correct')) {
      const subject = squeezed(verdict.subject ?? '');
      if (!subject || !squeezed(verdict.note).includes(subject)) {
        unfixed.push(`"${verdict.note}": subject "${verdict.subject ?? ''}" is not a phrase of the line`);
        continue;
      }
      for (const line of lines.filter((l) => squeezed(l.text) === squeezed(verdict.note))) {
        const supplement = line.followingAsides.some((a) => a.type === 'tip' && a.title === '보충' && squeezed(a.text).includes(subject));
        if (!supplement) unfixed.push(`line ${line.line} "${line.text}": no 보충 right after it that mentions "${verdict.subject}"`);
      }
    }
    expect(unfixed).toEqual([]);
  });
});
