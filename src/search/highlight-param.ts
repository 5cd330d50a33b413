// The URL parameter that carries the searched words to the page a reader opens from the results,
// where Pagefind's highlighter marks them (src/search/pagefind-config.ts).
export const HIGHLIGHT_PARAM = 'highlight';
