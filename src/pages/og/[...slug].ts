// Link-preview cards: a 1200×630 PNG per page (og/<page>.png), drawn at build time by
// astro-og-canvas with Pretendard, a Hangul font shipped in an npm package (nothing is fetched).
// Cards are cached between builds in node_modules/.astro-og-canvas.
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { extraPages } from '../../data/extra-pages';

const FONT_DIR = './node_modules/pretendard/dist/public/static/';

const docs = await getCollection('docs');
const pages: Record<string, { title: string; description: string }> = {
  ...Object.fromEntries(docs.map(({ id, data }) => [id, { title: data.title, description: data.description }])),
  ...extraPages,
};

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getSlug: (path) => `${path}.png`,
  getImageOptions: (_path, page: { title: string; description: string }) => ({
    title: page.title,
    description: page.description,
    logo: { path: './src/assets/og-site-name.png', size: [403] },
    bgGradient: [[23, 24, 28], [35, 47, 62]],
    border: { color: [255, 153, 0], width: 16, side: 'inline-start' },
    padding: 72,
    font: {
      title: { families: ['Pretendard'], weight: 'Bold', size: 68, lineHeight: 1.25, color: [255, 255, 255] },
      description: { families: ['Pretendard'], weight: 'Normal', size: 34, lineHeight: 1.5, color: [200, 206, 218] },
    },
    fonts: [`${FONT_DIR}Pretendard-Bold.otf`, `${FONT_DIR}Pretendard-Regular.otf`],
  }),
});
