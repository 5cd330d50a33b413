// Starlight's Pagefind UI options, plus ours. Starlight passes the options it reads from this
// virtual module straight to `new PagefindUI()`, but its config schema keeps only plain data, so
// src/plugins/vite-pagefind-config.ts hands Starlight this module instead.
// @ts-expect-error Starlight's virtual module has no published types.
import { pagefindUserConfig as starlightConfig } from 'virtual:starlight/pagefind-config';
import { processTerm } from './process-term';
// Starlight's search script, which imports this module, runs on every page: the highlighting of
// searched words rides along in the same file rather than in a script of its own.
import './highlight-searched-words';

export const pagefindUserConfig = {
  ...starlightConfig,
  processTerm,
  // Pagefind runs searches in a web worker by default, a 12 KB download before the first search.
  // This site's whole index is one 36 KB chunk that searches in milliseconds on the main thread.
  noWorker: true,
  // Offline reading (src/offline/): Pagefind fetches its entry file with ?ts=<now> unless given a
  // tag, which no cache could ever answer. The service worker serves the entry file of the
  // version it holds (it ignores `ts`); without one, the entry file expires with the HTTP cache,
  // as pagefind.js and its WASM (never tagged) already do.
  metaCacheTag: 's',
};
