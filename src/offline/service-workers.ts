// Writes the site's two service workers into a built site, with Workbox (generateSW), after
// Pagefind has indexed it. Both serve the pages a reader has opened when there is no connection:
// - sw.js precaches everything a reader uses, listed from the files actually built: every page,
//   script, style, diagram (both themes) and Pagefind's script, WASM, index and fragments;
// - sw-lite.js (for connections marked save-data) precaches nothing and keeps only what the
//   reader opens.
// Not precached: redirect pages (section links for chat apps; cached once opened, the page they
// lead to is precached anyway), home-screen icons, sitemaps, and Pagefind's UI bundles (Starlight
// ships its own UI). Never cached at all: link-preview cards (og/), which only chat apps fetch.
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GenerateSWOptions, RuntimeCaching } from 'workbox-build';
import { requireOnUse } from '../lib/require-on-use.ts';
import { SAVE_DATA_WORKER, WORKER } from './worker-names.ts';

const PRECACHED = ['**/*.{html,js,css,svg,png,json,webmanifest}', 'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];
const NOT_PRECACHED = ['og/**', 'icons/**', 'sw*.js', 'pagefind/pagefind-{ui,component-ui,modular-ui}.*'];
const REDIRECT = /<meta\s+http-equiv=["']?refresh/i;
const workbox = () => requireOnUse<typeof import('workbox-build')>('workbox-build');

// What the reader opens and the precache does not hold (or everything, in sw-lite.js): from the
// network while there is one, from the cache without. The function is copied into the worker as
// source, so it reads the base path from the worker's own scope rather than from a variable here.
const visited: RuntimeCaching = {
  urlPattern: ({ url, sameOrigin }) => {
    const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
    return sameOrigin && url.href.startsWith(scope) && !url.href.startsWith(`${scope}og/`);
  },
  handler: 'NetworkFirst',
  options: { cacheName: 'visited', networkTimeoutSeconds: 4 },
};

/** Paths (relative to `dir`) of the pages that only redirect elsewhere. */
async function redirectPages(dir: string, pages: string[]): Promise<string[]> {
  const html = await Promise.all(pages.map((page) => readFile(join(dir, page), 'utf8')));
  return pages.filter((_, index) => REDIRECT.test(html[index]!));
}

/** Which files of the site built in `dir` sw.js precaches. */
async function precacheOptions(dir: string) {
  const pages = await Array.fromAsync(glob('**/*.html', { cwd: dir }));
  return { globDirectory: dir, globPatterns: PRECACHED, globIgnores: [...NOT_PRECACHED, ...(await redirectPages(dir, pages))] };
}

/** Paths (relative to `dir`) of the files sw.js precaches, for measurements and tests. */
export async function precachedFiles(dir: string): Promise<string[]> {
  const { getManifest } = workbox();
  const { manifestEntries } = await getManifest(await precacheOptions(dir));
  return (manifestEntries ?? []).map((entry) => entry.url);
}

export interface WorkerReport {
  /** Files precached by sw.js, and their total size in bytes (uncompressed). */
  count: number;
  size: number;
  warnings: string[];
}

/** Writes sw.js and sw-lite.js into `dir`, a site built under `base`. */
export async function buildServiceWorkers(dir: string, base: string): Promise<WorkerReport> {
  const shared: GenerateSWOptions = {
    globDirectory: dir,
    swDest: '',
    modifyURLPrefix: { '': base },
    // Names that carry their content's hash need no revision of their own.
    dontCacheBustURLsMatching: /\/_astro\/|\/diagrams\/|\.pf_[a-z]+$/,
    // No file of a static site varies with its query string: Pagefind's entry file comes with
    // ?ts=<metaCacheTag> (src/search/pagefind-config.ts), a page opened from a search with
    // ?highlight=<words>, a shared link perhaps with tracking parameters.
    ignoreURLParametersMatching: [/./],
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    // The first page visited is served by the network; claiming it lets its later requests
    // (a search, a diagram in the other theme) work offline too. A new worker waits instead
    // until the reader accepts the update notice (src/offline/register-service-worker.ts), so an
    // open page never loses the files of its own version.
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [visited],
    sourcemap: false,
    mode: 'production',
  };
  const { generateSW } = workbox();
  const full = await generateSW({ ...shared, ...(await precacheOptions(dir)), swDest: join(dir, WORKER) });
  const lite = await generateSW({ ...shared, swDest: join(dir, SAVE_DATA_WORKER), globPatterns: [] });
  return { count: full.count, size: full.size, warnings: [...full.warnings, ...lite.warnings] };
}
