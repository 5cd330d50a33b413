// Starlight route middleware: the sections that MarkdownContent.astro appends to every domain
// page are not MDX headings, so they are added to the page's table of contents here.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { domainSlugs } from './data/domains';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!domainSlugs.includes(route.id) || !route.toc) return;
  route.toc.items.push(
    { depth: 2, slug: 'official-docs', text: '공식 문서', children: [] },
    { depth: 2, slug: 'self-check', text: '셀프 체크', children: [] },
  );
});
