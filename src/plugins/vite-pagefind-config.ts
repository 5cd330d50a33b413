// Wires our search into Starlight's: our Pagefind UI options (src/search/pagefind-config.ts) in
// place of Starlight's virtual module, which that file itself still imports and extends; the
// glossary's spellings as a module for the search; and Pagefind's UI loading our Korean search
// (src/search/korean-pagefind.ts) where it would load pagefind.js, so that it comes with the
// first search. Pagefind's UI has no option for that, hence the one-line patch, which fails the
// build if a Pagefind update moves the line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import type { Plugin } from 'vite';
import { GLOSSARY_PATH, type GlossaryEntry } from '../data/glossary';

const STARLIGHT_MODULE = 'virtual:starlight/pagefind-config';
const OUR_MODULE = fileURLToPath(new URL('../search/pagefind-config.ts', import.meta.url));
const KOREAN_SEARCH = fileURLToPath(new URL('../search/korean-pagefind.ts', import.meta.url));
const SPELLINGS_MODULE = 'virtual:aws-study-notes/search-spellings';
const PAGEFIND_UI = /[\\/]@pagefind[\\/]default-ui[\\/].*ui-core\.mjs$/;
const PAGEFIND_IMPORT = 'await import(`${base_path}pagefind.js`)';

const GLOSSARY_FILE = fileURLToPath(new URL(`../../${GLOSSARY_PATH}`, import.meta.url));

/**
 * Every spelling of every glossary entry, each once. The client bundle is made by Vite, which
 * cannot read content collections; the `glossary` collection validates the same file in the build.
 */
export function glossarySpellings(): string[] {
  const glossary = (parseYaml(readFileSync(GLOSSARY_FILE, 'utf8')) ?? []) as Partial<GlossaryEntry>[];
  const spellings = glossary.flatMap((entry) => [entry.term, entry.ko, entry.en, entry.abbr, entry.expansion, ...(entry.aliases ?? [])]);
  return [...new Set(spellings.filter((spelling): spelling is string => Boolean(spelling)))];
}

export default function vitePagefindConfig(): Plugin {
  return {
    name: 'aws-study-notes:pagefind-config',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === STARLIGHT_MODULE && importer?.split('?')[0] !== OUR_MODULE) return OUR_MODULE;
      if (id === SPELLINGS_MODULE) return `\0${SPELLINGS_MODULE}`;
      return undefined;
    },
    load(id) {
      if (id !== `\0${SPELLINGS_MODULE}`) return undefined;
      this.addWatchFile(GLOSSARY_FILE);
      return `export default ${JSON.stringify(glossarySpellings())};`;
    },
    transform(code, id) {
      if (!PAGEFIND_UI.test(id.split('?')[0])) return undefined;
      if (!code.includes(PAGEFIND_IMPORT)) this.error(`${id} no longer loads pagefind.js as \`${PAGEFIND_IMPORT}\`; update the patch.`);
      return code.replace(PAGEFIND_IMPORT, `await import(${JSON.stringify(KOREAN_SEARCH)}).then((search) => search.loadPagefind(base_path))`);
    },
  };
}
