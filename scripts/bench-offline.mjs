// npm run bench:offline: what offline reading costs a first visit. Builds the site twice in
// .fixture-sites/ (ignored by git), as it is and without offline reading (no Starlight plugin, no
// registration in the page script), serves both alike, and runs Lighthouse (mobile, simulated
// throttling) on each page alternately, RUNS times. Prints medians: performance, LCP, FCP, TBT,
// requests and bytes.   BENCH_RUNS=5 (default)   BENCH_PAGES="/ network/ all/" (default)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { TEST_BASE as BASE, TEST_ENV } from '../src/data/site-url.mjs';
import { serveSite } from './lib/static-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = (process.env.BENCH_PAGES ?? '/ network/ all/').split(/\s+/).filter(Boolean).map((page) => page.replace(/^\//, ''));
const PROJECT = resolve(import.meta.dirname, '..');
const DEBUGGING_PORT = Number(process.env.BENCH_PORT ?? 4510);

/** `text` with `from` replaced, or an error naming what this script no longer finds. */
function edit(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}: update scripts/bench-offline.mjs`);
  writeFileSync(file, text.replace(from, to));
}

function build(name, withoutOffline) {
  const dir = join(PROJECT, '.fixture-sites', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'src', 'public']) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  // The cards read their font by a path relative to the working directory.
  symlinkSync(join(PROJECT, 'node_modules/pretendard'), join(dir, 'node_modules/pretendard'));
  if (withoutOffline) {
    edit(join(dir, 'astro.config.mjs'), 'starlightOffline(),', '');
    edit(join(dir, 'src/components/PageScript.astro'), "import '../offline/register-service-worker';", '');
  }
  const run = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, ...TEST_ENV, CHROMIUM_PATH: 'none' }, maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return join(dir, 'dist');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const builds = { without: build('offline-without', true), with: build('offline-with', false) };
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`] });
const sites = { without: await serveSite(builds.without, BASE), with: await serveSite(builds.with, BASE) };
const results = {};
try {
  for (let run = 0; run < RUNS; run++) {
    for (const page of PAGES) {
      // Alternate which build goes first, so neither always meets a warmer machine.
      for (const variant of run % 2 ? ['with', 'without'] : ['without', 'with']) {
        const { lhr } = await lighthouse(`${sites[variant].url}${page}`, { port: DEBUGGING_PORT, output: 'json', logLevel: 'error', formFactor: 'mobile', onlyCategories: ['performance'] });
        (results[`/${page} ${variant}`] ??= []).push({
          score: lhr.categories.performance.score * 100,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          fcp: lhr.audits['first-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          requests: lhr.audits['network-requests'].details.items.length,
          kb: lhr.audits['total-byte-weight'].numericValue / 1024,
        });
      }
    }
  }
} finally {
  await browser.close();
  for (const site of Object.values(sites)) await site.close();
}

console.log(`\nMedians of ${RUNS} runs (Lighthouse mobile, simulated throttling), without → with offline reading\n`);
console.log('| page | performance | LCP (ms) | FCP (ms) | TBT (ms) | requests | KB |\n| --- | --- | --- | --- | --- | --- | --- |');
for (const page of PAGES) {
  const cell = (key, digits = 0) => ['without', 'with'].map((variant) => median(results[`/${page} ${variant}`].map((r) => r[key])).toFixed(digits)).join(' → ');
  console.log(`| /${page} | ${cell('score')} | ${cell('lcp')} | ${cell('fcp')} | ${cell('tbt')} | ${cell('requests')} | ${cell('kb', 1)} |`);
}
