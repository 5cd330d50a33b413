// Starlight route middleware: each domain link in the sidebar gets the attributes that
// src/progress/page.ts fills in with the reader's progress (how many of how many questions).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { questionBank } from '../data/question-bank';

type Entry = StarlightRouteData['sidebar'][number];

export const onRequest = defineRouteMiddleware(async (context) => {
  const totals = new Map((await questionBank()).map((page) => [page.slug, page.questions.length]));
  const visit = (entries: Entry[]) => {
    for (const entry of entries) {
      if (entry.type === 'group') visit(entry.entries);
      else {
        const slug = entry.href.split('/').at(-2) ?? '';
        const total = totals.get(slug);
        if (total) Object.assign(entry.attrs, { 'data-progress': slug, 'data-total': total });
      }
    }
  };
  visit(context.locals.starlightRoute.sidebar);
});
