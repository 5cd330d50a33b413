// Link-preview cards: a 1200×630 PNG per page (og/<page>.png) and per section
// (og/<page>/<heading id>.png), drawn at build time by astro-og-canvas with Pretendard, a Hangul
// font shipped in an npm package (nothing is fetched). The text is laid out first
// (src/lib/card-text.ts). Cards are cached between builds in node_modules/.astro-og-canvas.
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { extraPages } from '../../data/extra-pages';
import { sections } from '../../data/sections';
import { CARD_BORDER, CARD_LOGO, CARD_PADDING, CARD_TEXT, layoutCard } from '../../lib/card-text';

type Card = { title: string; description: string };

const docs = await getCollection('docs');
const cards: Record<string, Card> = {
  ...Object.fromEntries(docs.map(({ id, data }) => [id, { title: data.title, description: data.description }])),
  ...extraPages,
  ...Object.fromEntries(sections.map((section) => [`${section.page}/${section.id}`, { title: section.title, description: section.summary }])),
};

const font = (text: (typeof CARD_TEXT)[keyof typeof CARD_TEXT], color: [number, number, number]) => ({
  families: ['Pretendard'],
  weight: text.weight,
  size: text.size,
  lineHeight: text.lineHeight,
  color,
});

export const { getStaticPaths, GET } = await OGImageRoute({
  pages: cards,
  getSlug: (key) => `${key}.png`,
  getImageOptions: (key, card: Card) => ({
    ...layoutCard(key, card),
    logo: { path: CARD_LOGO.path, size: [CARD_LOGO.width] },
    bgGradient: [[23, 24, 28], [35, 47, 62]],
    border: { color: [255, 153, 0], width: CARD_BORDER, side: 'inline-start' },
    padding: CARD_PADDING,
    font: { title: font(CARD_TEXT.title, [255, 255, 255]), description: font(CARD_TEXT.description, [200, 206, 218]) },
    fonts: [CARD_TEXT.title.file, CARD_TEXT.description.file],
  }),
});
