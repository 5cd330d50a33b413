// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { domainGroups } from './src/data/domains.ts';
import { SITE_TITLE } from './src/data/site.ts';
import { resolveEditBase, resolveSiteUrl } from './src/data/site-url.mjs';
import rehypeAsideLabels from './src/plugins/rehype-aside-labels.ts';
import { cacheMode } from './src/plugins/diagram-cache.ts';
import rehypeMermaidDiagrams from './src/plugins/rehype-mermaid-diagrams.ts';
import rehypeUnindexedCorrections from './src/plugins/rehype-unindexed-corrections.ts';
import starlightOffline from './src/plugins/starlight-offline.ts';
import rehypeTableWordBreaks from './src/plugins/rehype-table-word-breaks.ts';
import rehypeScrollableTables from './src/plugins/rehype-scrollable-tables.ts';
import viteMdxErrors from './src/plugins/vite-mdx-errors.ts';
import rehypeSectionLinks from './src/plugins/rehype-section-links.ts';
import vitePagefindConfig from './src/plugins/vite-pagefind-config.ts';
import remarkHeadingIds from './src/plugins/remark-heading-ids.ts';
import remarkSectionSummaries from './src/plugins/remark-section-summaries.ts';
import { isSectionPath } from './src/lib/section-links.ts';

const { site, base } = resolveSiteUrl(process.env);
const editBase = resolveEditBase(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Starlight turns on Astro's prefetch script (2.4 KB of JS that prefetches on hover, which
  // phones never do); the browser's own speculation rules (head, below) do it without JS.
  prefetch: false,
  // Our options for Starlight's search (Korean query processing, no worker): src/search/.
  vite: { plugins: [vitePagefindConfig(), viteMdxErrors()] },
  // Astro 7's default Markdown processor runs no remark/rehype plugins; ours need unified.
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkHeadingIds, remarkSectionSummaries],
      rehypePlugins: [
        // DIAGRAM_CACHE=check|draw|off (src/plugins/diagram-cache.ts). The bench's cold build
        // redraws every diagram (off) into a scratch folder (DIAGRAM_CACHE_DIR).
        [rehypeMermaidDiagrams, { base, mode: cacheMode(), cacheDir: process.env.DIAGRAM_CACHE_DIR || undefined }],
        rehypeTableWordBreaks,
        rehypeScrollableTables,
        rehypeUnindexedCorrections,
        rehypeAsideLabels,
        // Last, so that it wraps the finished heading alone.
        [rehypeSectionLinks, { base }],
      ],
    }),
  },
  integrations: [
    // Starlight adds this itself; ours leaves out the section links, which only lead to a section
    // of a page that is in the sitemap.
    sitemap({ filter: (page) => !isSectionPath(new URL(page).pathname.slice(base.length)) }),
    starlight({
      title: SITE_TITLE,
      description: '스터디 그룹이 함께 정리한 AWS 학습 노트: IAM부터 재해 복구까지 도메인별로 읽고 검색하세요.',
      defaultLocale: 'root',
      locales: { root: { label: '한국어', lang: 'ko' } },
      favicon: '/favicon.svg',
      // Headings get one link each from src/plugins/rehype-section-links.ts instead.
      markdown: { headingLinks: false },
      head: [
        {
          tag: 'script',
          attrs: { type: 'speculationrules' },
          content: JSON.stringify({ prefetch: [{ where: { href_matches: `${base}*` }, eagerness: 'moderate' }] }),
        },
      ],
      // "이 페이지 편집" and the date of the page's last commit (the workflows fetch full history).
      ...(editBase ? { editLink: { baseUrl: editBase } } : {}),
      lastUpdated: true,
      disable404Route: true,
      pagination: true,
      customCss: ['./src/styles/custom.css', './src/styles/search.css'],
      routeMiddleware: ['./src/route-data.ts', './src/progress/sidebar-progress.ts'],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Sidebar: './src/components/Sidebar.astro',
      },
      sidebar: [
        { label: '시작하기', link: '/' },
        ...domainGroups.map((group) => ({ label: group.label, items: group.slugs })),
        { label: '전체 노트', link: '/all/' },
        { label: '확인 필요 모아보기', link: '/open-questions/' },
        { label: '용어집', link: '/glossary/' },
        { label: '공부하기', items: [{ label: '모의고사', link: '/exam/' }, { label: '오답노트', link: '/review/' }, { label: '내 진도', link: '/progress/' }] },
      ],
      plugins: [
        starlightLinksValidator({
          errorOnFallbackPages: false,
          errorOnInvalidHashes: true,
          // The glossary is generated from src/data/glossary.yaml (src/pages/glossary.astro), which
          // the validator cannot see; its anchors are the entries' ids, and it lists every entry.
          // Section links (the heading links) are pages of their own, checked by their own test.
          exclude: ({ link }) => /\/glossary\/(#[a-z0-9-]+)?$/.test(link) || isSectionPath(link.slice(base.length)),
        }),
        // After the link check: a build with a dead link writes no offline worker.
        starlightOffline(),
      ],
    }),
    // Starlight would add MDX with `optimize: true` itself; keeping headings out of the
    // optimisation lets the all-notes page render each domain's h2/h3 one level down.
    // (After starlight(): Expressive Code, which Starlight adds, must come before MDX.)
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3'] } }),
  ],
});
