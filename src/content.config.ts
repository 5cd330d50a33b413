import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    // Every page needs a description: search engines and chat link previews show it.
    schema: docsSchema({ extend: z.object({ description: z.string().min(20) }) }),
  }),
};
