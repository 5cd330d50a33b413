// npm run bench: builds the site, serves it under its base path and measures what a phone reader
// gets. Prints one table and writes bench/results.json. Medians of RUNS runs throughout.
//   BENCH_RUNS=3 (default)   BENCH_PAGES="iam/ network/" to limit the pages   BENCH_SKIP_BUILDS=1
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { TEST_BASE as BASE, TEST_ENV } from '../src/data/site-url.mjs';
import { sitemapPaths } from './lib/built-site.ts';
import { firstSearch } from './lib/first-search.ts';
import { ASTRO, clearBuildCaches, median, PROJECT } from './lib/site-copy.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SEARCH_QUERIES = ['보안 그룹', 'NAT', 'RPO'];
const PORT = Number(process.env.BENCH_PORT ?? 4500);
const DEBUGGING_PORT = PORT + 1;
const ORIGIN = `http://localhost:${PORT}`;
const ENV = { ...process.env, ...TEST_ENV };

function timedBuild({ cold }) {
  if (cold) clearBuildCaches(PROJECT);
  // A cold build also draws every diagram again (into a scratch folder, not the committed cache).
  const env = cold ? { ...ENV, DIAGRAM_CACHE: 'off', DIAGRAM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'diagrams-')) } : ENV;
  const start = performance.now();
  const run = spawnSync(process.execPath, [ASTRO, 'build'], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - start) / 1000;
}

function sitemapPages() {
  const all = sitemapPaths('dist', BASE);
  const only = process.env.BENCH_PAGES?.split(/\s+/).filter(Boolean);
  return only ? all.filter((path) => only.includes(path)) : all;
}

/** Starts `astro preview` and resolves once it says where it listens. */
async function startServer() {
  const server = spawn(process.execPath, [ASTRO, 'preview', '--port', String(PORT), '--host', 'localhost'], { env: ENV, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const listening = new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes(`:${PORT}`)) resolve(server);
    });
    once(server, 'exit').then(([code]) => reject(new Error(`preview server exited (${code}):\n${output}`)));
  });
  return listening;
}

async function lighthouseRun(port, url) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
  const audits = lhr.audits;
  const items = audits['resource-summary'].details.items;
  const bytes = (type) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    bestPractices: lhr.categories['best-practices'].score * 100,
    seo: lhr.categories.seo.score * 100,
    lcpMs: audits['largest-contentful-paint'].numericValue,
    tbtMs: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    totalKB: bytes('total') / 1024,
    jsKB: bytes('script') / 1024,
  };
}

// Each run in a fresh context, so nothing is cached from the run before.
async function measureFirstSearch(browser, query) {
  const context = await browser.newContext();
  try {
    return await firstSearch(context, `${ORIGIN}${BASE}iam/`, 'dist', BASE, query);
  } finally {
    await context.close();
  }
}

const report = { date: new Date().toISOString(), runs: RUNS, builds: {}, pages: {}, search: {} };

if (process.env.BENCH_SKIP_BUILDS) {
  // Measures the existing dist/ (built by `npm run build:test`); for quick iterations.
  report.builds = { skipped: true };
} else {
  report.builds.coldSeconds = median(Array.from({ length: RUNS }, () => timedBuild({ cold: true })));
  report.builds.warmSeconds = median(Array.from({ length: RUNS }, () => timedBuild({ cold: false })));
}

const server = await startServer();
// One browser for both: Lighthouse drives it through its debugging port.
const browser = await chromium.launch({ executablePath: findChromium(process.env, 'browser'), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUGGING_PORT}`] });
try {
  for (const path of sitemapPages()) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await lighthouseRun(DEBUGGING_PORT, `${ORIGIN}${BASE}${path}`));
    report.pages[`/${path}`] = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
  }
  for (const query of SEARCH_QUERIES) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measureFirstSearch(browser, query));
    report.search[query] = {
      firstSearchKB: median(runs.map((run) => run.bytes)) / 1024,
      msToResults: median(runs.map((run) => run.ms)),
      files: runs[0].files,
    };
  }
} finally {
  await browser.close();
  server.kill();
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);

const round = (value, digits = 0) => Number(value).toFixed(digits);
console.log(`\nMedians of ${RUNS} runs (Lighthouse ${'12'} mobile, simulated throttling)\n`);
console.log('| page | perf | a11y | best | seo | LCP ms | TBT ms | CLS | total KB | JS KB |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [path, m] of Object.entries(report.pages)) {
  console.log(`| ${path} | ${round(m.performance)} | ${round(m.accessibility)} | ${round(m.bestPractices)} | ${round(m.seo)} | ${round(m.lcpMs)} | ${round(m.tbtMs)} | ${round(m.cls, 3)} | ${round(m.totalKB, 1)} | ${round(m.jsKB, 1)} |`);
}
for (const [query, { firstSearchKB, msToResults }] of Object.entries(report.search)) {
  console.log(`first search "${query}": ${round(firstSearchKB, 1)} KB transferred, results after ${round(msToResults)} ms`);
}
if (!report.builds.skipped) {
  console.log(`full build: cold ${round(report.builds.coldSeconds, 1)} s, warm ${round(report.builds.warmSeconds, 1)} s`);
}
console.log('written to bench/results.json');
