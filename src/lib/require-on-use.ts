// Loads a heavy package when it is first used instead of with the Astro config: Workbox (Rollup,
// Babel) and Playwright would otherwise load at every Astro start (dev server, check, each build)
// for the few builds that write workers or draw diagrams. Node's require, not import(): the config's
// modules run in Vite's config loader, whose import() is closed once the config has loaded.
// (Node ≥ 22.12 requires ES modules such as mermaid-isomorphic too.)
import { createRequire } from 'node:module';

export const requireOnUse = createRequire(import.meta.url) as <T>(id: string) => T;
