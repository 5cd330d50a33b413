// npm run bench:offline: what offline reading costs a first visit. Builds the site twice in
// .fixture-sites/ (ignored by git), as it is and without offline reading (no Starlight plugin, no
// registration in the page script), serves both alike, and runs Lighthouse (mobile, simulated
// throttling) on each page alternately, RUNS times. Prints medians: performance, LCP, FCP, TBT,
// requests and bytes.   BENCH_RUNS=5 (default)   BENCH_PAGES="/ network/ all/" (default)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { TEST_BASE as BASE, TEST_ENV } from '../src/data/site-url.mjs';
import { buildSite, copySite, median } from './lib/site-copy.ts';
import { serveSite } from './lib/static-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = (process.env.BENCH_PAGES ?? '/ network/ all/').split(/\s+/).filter(Boolean).map((page) => page.replace(/^\//, ''));
const DEBUGGING_PORT = Number(process.env.BENCH_PORT ?? 4510);

/** `text` with `from` replaced, or an error naming what this script no longer finds. */
function edit(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}: update scripts/bench-offline.mjs`);
  writeFileSync(file, text.replace(from, to));
}

function build(name, withoutOffline) {
  const dir = copySite(name);
  if (withoutOffline) {
    edit(join(dir, 'astro.config.mjs'), 'starlightOffline(),', '');
    edit(join(dir, 'src/components/PageScript.astro'), "import '../offline/register-service-worker';", '');
  }
  buildSite(dir, { ...process.env, ...TEST_ENV, CHROMIUM_PATH: 'none' });
  return join(dir, 'dist');
}

const builds = { without: build('offline-without', true), with: build('offline-with', false) };
const browser = await chromium.launch({ executablePath: findChromium(process.env, 'browser'), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`] });
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
