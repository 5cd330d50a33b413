// The site's name: Starlight's title (astro.config.mjs) and the og:site_name of section links.
export const SITE_TITLE = 'AWS 스터디 노트';
