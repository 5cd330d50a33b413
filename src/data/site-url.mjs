// Where the site is served: the one place that knows base paths. GitHub Pages serves a project
// site at https://<owner>.github.io/<repo>/, so on Actions both parts come from GITHUB_REPOSITORY
// unless SITE_URL / BASE_PATH say otherwise (deploy.yml passes what configure-pages reports).
// Locally the site is served under "/"; the tests build and serve it under TEST_BASE, as on Pages.

export const TEST_SITE = 'https://aws-study.github.io';
export const TEST_BASE = '/aws-study-notes/';

/**
 * A base path with exactly one slash at each end ("/" for none), e.g. "aws-study-notes" →
 * "/aws-study-notes/". Pages use it on import.meta.env.BASE_URL.
 * @param {string} path
 */
export function normaliseBase(path) {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** @param {Record<string, string | undefined>} env */
export function resolveSiteUrl(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const site = env.SITE_URL || (owner ? `https://${owner.toLowerCase()}.github.io` : 'http://localhost:4321');
  const base = normaliseBase(env.BASE_PATH ?? repo ?? '/');
  return { site: site.replace(/\/+$/, ''), base };
}

/** The repository `npm run build:test` builds as (GITHUB_REPOSITORY): where "이 페이지 편집" leads. */
export const TEST_REPOSITORY = 'aws-study/aws-study-notes';

/**
 * The environment `npm run build:test` and the tests' preview server run with: the test site and
 * base path, and a diagram cache that is only checked, never drawn into (src/plugins/diagram-cache.ts).
 */
export const TEST_ENV = {
  SITE_URL: TEST_SITE,
  BASE_PATH: TEST_BASE,
  GITHUB_REPOSITORY: TEST_REPOSITORY,
  DIAGRAM_CACHE: 'check',
  ASTRO_TELEMETRY_DISABLED: '1',
};

/**
 * Where a page's source is edited on GitHub ("이 페이지 편집"): the repository comes from
 * GITHUB_REPOSITORY like the site URL; without it (a local build) pages have no edit link.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined} the base that a file's path from the project root is appended to
 */
export function resolveEditBase(env) {
  if (!env.GITHUB_REPOSITORY) return undefined;
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/edit/main/`;
}
