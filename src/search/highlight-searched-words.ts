// Highlighting of the searched words on the page a reader opens from the results (Pagefind's
// highlight parameter). Pagefind's highlighter is loaded only on pages opened from a search.
import { processTerm } from './process-term';

const param = 'highlight';

// Carry the query's words (without particles, as searched) to the page a reader opens.
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element && event.target.closest<HTMLAnchorElement>('#starlight__search a[href]');
    const input = document.querySelector<HTMLInputElement>('#starlight__search input');
    const words = input && processTerm(input.value).split(' ').filter(Boolean);
    if (!link || !words?.length) return;
    const url = new URL(link.href);
    url.searchParams.delete(param);
    for (const word of words.slice(0, 10)) url.searchParams.append(param, word);
    link.href = url.href;
  },
  true,
);

if (new URLSearchParams(location.search).has(param)) {
  const highlighter = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ highlighter).then(
    ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: param, markContext: '.sl-markdown-content' }),
  );
}
