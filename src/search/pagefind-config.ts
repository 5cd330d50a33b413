// Starlight's Pagefind UI options, plus ours. Starlight passes the options it reads from this
// virtual module straight to `new PagefindUI()`, but its config schema keeps only plain data, so
// src/plugins/vite-pagefind-config.ts hands Starlight this module instead. This runs on every
// page: the Korean query handling loads with the first search instead (korean-pagefind.ts).
// @ts-expect-error Starlight's virtual module has no published types.
import { pagefindUserConfig as starlightConfig } from 'virtual:starlight/pagefind-config';
import { HIGHLIGHT_PARAM } from './highlight-param';

export const pagefindUserConfig = {
  ...starlightConfig,
  // Pagefind adds the searched words to each result's link, and its highlighter marks them on
  // the page a reader opens from the results.
  highlightParam: HIGHLIGHT_PARAM,
  // Pagefind runs searches in a web worker by default, a 12 KB download before the first search.
  // This site's whole index is one 36 KB chunk that searches in milliseconds on the main thread.
  noWorker: true,
  // Pagefind's UI waits 300 ms after each keystroke before it searches; results are due on screen
  // within 300 ms of the last one, and a search here takes a few milliseconds.
  debounceTimeoutMs: 100,
  // Offline reading (src/offline/): Pagefind fetches its entry file with ?ts=<now> unless given a
  // tag, which no cache could ever answer. The service worker serves the entry file of the
  // version it holds (it ignores `ts`); without one, the entry file expires with the HTTP cache,
  // as pagefind.js and its WASM (never tagged) already do.
  metaCacheTag: 's',
};

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`).then(
    ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, markContext: '.sl-markdown-content' }),
  );
}
