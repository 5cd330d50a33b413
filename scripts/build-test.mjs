// npm run build:test: builds dist/ as the tests serve it, under the test base path
// (src/data/site-url.mjs), and beside it bare Starlight, the page-weight test's baseline.
// With no browser (CHROMIUM_PATH=none), as the deploy builds: the site comes from the committed diagram cache.
import { spawn } from 'node:child_process';
import { TEST_ENV } from '../src/data/site-url.mjs';
import { buildBareStarlight } from './lib/bare-starlight.ts';
import { ASTRO } from './lib/site-copy.ts';

const site = spawn(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...TEST_ENV, CHROMIUM_PATH: 'none' } });
const [status] = await Promise.all([new Promise((done) => site.on('close', done)), buildBareStarlight()]);
process.exit(status ?? 1);
