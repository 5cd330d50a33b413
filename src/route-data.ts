// Starlight route middleware:
// - the sections that MarkdownContent.astro appends to every domain page are not MDX headings,
//   so they are added to the page's table of contents here;
// - every page gets the meta tags chat apps read for a link preview (its card image, ko_KR).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { domainSlugs } from './data/domains';
import { normaliseBase } from './data/site-url.mjs';
import { CARD } from './lib/card-text';
import { cardHref } from './lib/section-links';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;

  if (domainSlugs.includes(route.id) && route.toc) {
    route.toc.items.push(
      { depth: 2, slug: 'official-docs', text: '공식 문서', children: [] },
      { depth: 2, slug: 'self-check', text: '셀프 체크', children: [] },
    );
  }

  const site = context.site;
  if (!site) return;
  const base = normaliseBase(import.meta.env.BASE_URL);
  const card = new URL(cardHref(base, route.id || 'index'), site).href;
  const alt = `${route.entry.data.title} — ${route.siteTitle}`;
  const locale = route.head.find((tag) => tag.attrs?.property === 'og:locale');
  if (locale?.attrs) locale.attrs.content = 'ko_KR';
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: card }, content: '' },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(CARD.width) }, content: '' },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(CARD.height) }, content: '' },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt }, content: '' },
    { tag: 'meta', attrs: { name: 'twitter:image', content: card }, content: '' },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt }, content: '' },
  );
});
