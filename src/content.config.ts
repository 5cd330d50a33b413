import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    // Every page needs a description: search engines and chat link previews show it.
    schema: docsSchema({ extend: z.object({ description: z.string().min(20) }) }),
  }),
  // Korean UI strings that differ from Starlight's built-in translation.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
