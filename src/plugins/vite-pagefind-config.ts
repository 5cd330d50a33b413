// Gives Starlight's search our Pagefind UI options (src/search/pagefind-config.ts) in place of
// its own virtual module, which that file itself still imports and extends.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STARLIGHT_MODULE = 'virtual:starlight/pagefind-config';
const OUR_MODULE = fileURLToPath(new URL('../search/pagefind-config.ts', import.meta.url));

export default function vitePagefindConfig(): Plugin {
  return {
    name: 'aws-study-notes:pagefind-config',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === STARLIGHT_MODULE && importer?.split('?')[0] !== OUR_MODULE) return OUR_MODULE;
      return undefined;
    },
  };
}
