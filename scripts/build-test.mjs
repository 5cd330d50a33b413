// npm run build:test: builds dist/ as the tests serve it, under the test base path (src/data/site-url.mjs).
// With no browser (CHROMIUM_PATH=none), as the deploy builds: the site comes from the committed diagram cache.
import { spawnSync } from 'node:child_process';
import { TEST_ENV } from '../src/data/site-url.mjs';

const astro = new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).pathname;
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...TEST_ENV, CHROMIUM_PATH: 'none' } });
process.exit(run.status ?? 1);
