// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { domainGroups } from './src/data/domains.ts';
import { resolveSiteUrl } from './src/data/site-url.mjs';
import rehypeAsideLabels from './src/plugins/rehype-aside-labels.ts';
import rehypeGlossaryTerms from './src/plugins/rehype-glossary-terms.ts';
import rehypeGlossaryKeywords from './src/plugins/rehype-glossary-keywords.ts';
import rehypeMermaidDiagrams from './src/plugins/rehype-mermaid-diagrams.ts';
import starlightOffline from './src/plugins/starlight-offline.ts';
import rehypeTableWordBreaks from './src/plugins/rehype-table-word-breaks.ts';
import rehypeScrollableTables from './src/plugins/rehype-scrollable-tables.ts';
import vitePagefindConfig from './src/plugins/vite-pagefind-config.ts';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';

const { site, base } = resolveSiteUrl(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Starlight turns on Astro's prefetch script (2.4 KB of JS that prefetches on hover, which
  // phones never do); the browser's own speculation rules (head, below) do it without JS.
  prefetch: false,
  // Our options for Starlight's search (Korean query processing, no worker): src/search/.
  vite: { plugins: [vitePagefindConfig()] },
  // Astro 7's default Markdown processor runs no remark/rehype plugins; ours need unified.
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkHeadingIds],
      rehypePlugins: [
        // The bench's cold build redraws every diagram (DIAGRAM_CACHE=off) into a scratch folder
        // (DIAGRAM_CACHE_DIR) so that the committed cache stays as it is.
        [
          rehypeMermaidDiagrams,
          { base, readCache: process.env.DIAGRAM_CACHE !== 'off', cacheDir: process.env.DIAGRAM_CACHE_DIR || undefined },
        ],
        rehypeTableWordBreaks,
        rehypeScrollableTables,
        rehypeAsideLabels,
        [rehypeGlossaryTerms, { base }],
        // SEARCH_KEYWORDS=off leaves the glossary out of the index (to measure search without it).
        ...(process.env.SEARCH_KEYWORDS === 'off' ? [] : [rehypeGlossaryKeywords]),
      ],
    }),
  },
  integrations: [
    starlight({
      title: 'AWS 스터디 노트',
      description: '스터디 그룹이 함께 정리한 AWS 학습 노트: IAM부터 재해 복구까지 도메인별로 읽고 검색하세요.',
      defaultLocale: 'root',
      locales: { root: { label: '한국어', lang: 'ko' } },
      favicon: '/favicon.svg',
      head: [
        {
          tag: 'script',
          attrs: { type: 'speculationrules' },
          content: JSON.stringify({ prefetch: [{ where: { href_matches: `${base}*` }, eagerness: 'moderate' }] }),
        },
      ],
      lastUpdated: false,
      disable404Route: true,
      pagination: true,
      customCss: ['./src/styles/custom.css'],
      routeMiddleware: './src/route-data.ts',
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
      },
      sidebar: [
        { label: '시작하기', link: '/' },
        ...domainGroups.map((group) => ({ label: group.label, items: group.slugs })),
        { label: '전체 노트', link: '/all/' },
        { label: '확인 필요 모아보기', link: '/open-questions/' },
        { label: '용어집', link: '/glossary/' },
      ],
      plugins: [
        starlightOffline(),
        starlightLinksValidator({
          errorOnFallbackPages: false,
          errorOnInvalidHashes: true,
          // The glossary is generated from src/data/glossary.yaml (src/pages/glossary.astro), which
          // the validator cannot see; its anchors are the entries' ids, checked by the glossary test.
          exclude: ({ link }) => /\/glossary\/(#[a-z0-9-]+)?$/.test(link),
        }),
      ],
    }),
    // Starlight would add MDX with `optimize: true` itself; keeping headings out of the
    // optimisation lets the all-notes page render each domain's h2/h3 one level down.
    // (After starlight(): Expressive Code, which Starlight adds, must come before MDX.)
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3'] } }),
  ],
});
