// The one check of where glossary entries point: each entry's `page` must be a domain page and
// its `anchor` one of that page's h2/h3 ids, as the Markdown pipeline gave them (Astro's
// render(entry).headings). The glossary page runs it; a bad entry fails the build in Korean,
// naming the line of src/data/glossary.yaml to fix.
import { readFileSync } from 'node:fs';
import { GLOSSARY_PATH } from './glossary';

export interface LinkedEntry {
  id: string;
  page: string;
  anchor: string;
}

/** The h2/h3 ids and texts of each domain page, by slug. */
export type SectionsByPage = Map<string, Map<string, string>>;

/** The 1-based line of `key:` in the entry with this id, in the glossary file's text. */
function lineOf(yaml: string, id: string, key: string): number {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^-?\\s*id:\\s*${id}\\s*$`).test(line));
  const next = lines.findIndex((line, index) => index > start && line.startsWith('- '));
  const end = next < 0 ? lines.length : next;
  const at = lines.findIndex((line, index) => index >= start && index < end && new RegExp(`^-?\\s*${key}:`).test(line));
  return (at < 0 ? start : at) + 1;
}

export function glossaryLinkErrors(entries: LinkedEntry[], sections: SectionsByPage, yaml = readFileSync(GLOSSARY_PATH, 'utf8')): string[] {
  const errors: string[] = [];
  const pages = [...sections.keys()].join(', ');
  for (const entry of entries) {
    const ids = sections.get(entry.page);
    if (!ids) {
      errors.push(`${GLOSSARY_PATH}:${lineOf(yaml, entry.id, 'page')}: 용어 "${entry.id}"의 page "${entry.page}"는 없는 페이지입니다. 다음 중 하나로 고쳐 주세요: ${pages}`);
    } else if (!ids.has(entry.anchor)) {
      errors.push(
        `${GLOSSARY_PATH}:${lineOf(yaml, entry.id, 'anchor')}: 용어 "${entry.id}"의 anchor "#${entry.anchor}"는 ${entry.page} 페이지에 없는 섹션입니다. ` +
          `그 페이지의 제목 id 중 하나로 고쳐 주세요: ${[...ids.keys()].map((id) => `#${id}`).join(', ')}`,
      );
    }
  }
  return errors;
}
