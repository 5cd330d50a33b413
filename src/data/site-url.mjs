// Where the site is served. GitHub Pages serves a project site at
// https://<owner>.github.io/<repo>/, so on Actions both parts come from GITHUB_REPOSITORY
// unless SITE_URL / BASE_PATH say otherwise (deploy.yml passes what configure-pages reports).
// Locally the site is served under "/".

/** @param {Record<string, string | undefined>} env */
export function resolveSiteUrl(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const site = env.SITE_URL || (owner ? `https://${owner.toLowerCase()}.github.io` : 'http://localhost:4321');
  const rawBase = env.BASE_PATH ?? (repo ? `/${repo}` : '/');
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site: site.replace(/\/+$/, ''), base };
}

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
