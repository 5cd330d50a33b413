// npm run bench:scale [-- N]: how the site grows with the notes. Generates a copy of the site with
// N times today's notes (N = 10 by default: every domain page, its sections and its distinct
// diagrams, its questions and its glossary entries copied N - 1 times under new slugs) in a
// temporary folder (.fixture-sites/, ignored by git, removed afterwards), builds it cold (every
// diagram and card drawn anew) and warm, and measures it next to today's site (1×, built the
// same way). Exits with 1 if the N× site breaks a budget (README: 성능 예산).
// BENCH_SCALE_QUICK=1: the copies share today's diagrams (already drawn) and no cold build is
// timed, for a machine too busy to draw N times the diagrams; the first build still draws the cards.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from '@playwright/test';
import { dump, load } from 'js-yaml';
import { CHROMIUM_ARGS, findChromium } from '../src/lib/chromium.ts';
import { TEST_BASE, TEST_SITE } from '../src/data/site-url.mjs';
import { precachedFiles } from '../src/offline/service-workers.ts';
import { domainGroups, domainSlugs } from '../src/data/domains.ts';
import { firstSearch, servedBytes } from './lib/first-search.ts';
import { weighPage } from './lib/page-weight.ts';
import { buildSite, clearBuildCaches, copySite, PROJECT } from './lib/site-copy.ts';
import { serveSite } from './lib/static-server.ts';

const N = Number(process.argv[2] ?? 10);
const QUICK = Boolean(process.env.BENCH_SCALE_QUICK);
const WORK = join(PROJECT, '.fixture-sites');
const BASE = TEST_BASE;
const ENV = { ...process.env, BASE_PATH: BASE, SITE_URL: TEST_SITE, ASTRO_TELEMETRY_DISABLED: '1' };
const SEARCH_QUERIES = ['보안 그룹', 'NAT', 'RPO'];
// Budgets for N = 10 on two cores (README).
const BUDGETS = { coldSeconds: 180, warmSeconds: 20, firstSearchKB: 150 };

const walk = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((file) => statSync(join(dir, file)).isFile());
const read = (file) => readFileSync(file, 'utf8');

/** Copies the site into `dir` and adds copies 2..n of every domain page with what belongs to it. */
function generate(dir, n) {
  copySite(basename(dir));
  const copies = Array.from({ length: n - 1 }, (_, index) => index + 2);
  const docs = join(dir, 'src/content/docs');
  for (const copy of copies) {
    for (const slug of domainSlugs) {
      const mdx = read(join(docs, `${slug}.mdx`)).replace(/^title:.*$/m, (line) => `title: ${JSON.stringify(`${load(line).title} ${copy}`)}`);
      // A distinct diagram for every copy: its title is part of what is drawn.
      const distinct = QUICK ? mdx : mdx.replace(/^(\s*accTitle:\s*.+)$/gm, `$1 (${copy})`);
      writeFileSync(join(docs, `${slug}-${copy}.mdx`), distinct);
    }
    // Questions and any other per-page data file (src/data/<kind>/<slug>.yaml with `page: <slug>`).
    for (const kind of readdirSync(join(dir, 'src/data'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const folder = join(dir, 'src/data', kind.name);
      for (const slug of domainSlugs) {
        const file = join(folder, `${slug}.yaml`);
        if (statSync(file, { throwIfNoEntry: false })) writeFileSync(join(folder, `${slug}-${copy}.yaml`), read(file).replace(new RegExp(`^page: ${slug}$`, 'm'), `page: ${slug}-${copy}`));
      }
    }
  }
  // Glossary: each copy defines its own terms (new words for the index, entries on the glossary page).
  const glossaryFile = join(dir, 'src/data/glossary.yaml');
  const glossary = load(read(glossaryFile));
  const copied = copies.flatMap((copy) =>
    glossary.map(({ abbr, expansion, ...entry }) => ({
      ...entry,
      id: `${entry.id}-${copy}`,
      term: `${entry.term} ${copy}`,
      aliases: entry.aliases.map((alias) => `${alias}${copy}`),
      page: `${entry.page}-${copy}`,
    })),
  );
  writeFileSync(glossaryFile, dump([...glossary, ...copied], { lineWidth: -1 }));
  // The copies join the course list (sidebar, domain checks).
  const domainsFile = join(dir, 'src/data/domains.ts');
  const groups = copies.flatMap((copy) => domainGroups.map((group) => ({ label: `${group.label} ${copy}`, slugs: group.slugs.map((slug) => `${slug}-${copy}`) })));
  const domains = read(domainsFile);
  if (!domains.includes('export const domainSlugs')) throw new Error('src/data/domains.ts no longer exports domainSlugs: update scripts/bench-scale.mjs');
  writeFileSync(domainsFile, domains.replace('export const domainSlugs', `domainGroups.push(...${JSON.stringify(groups)});\n\nexport const domainSlugs`));
  return { pages: domainSlugs.length * n, glossaryEntries: glossary.length * n };
}

function timedBuild(dir, { cold }) {
  if (cold) clearBuildCaches(dir);
  const start = performance.now();
  buildSite(dir, cold ? { ...ENV, DIAGRAM_CACHE: 'off' } : ENV);
  return (performance.now() - start) / 1000;
}

async function measure(dir, n) {
  const counts = generate(dir, n);
  const coldSeconds = QUICK ? NaN : timedBuild(dir, { cold: true });
  const firstSeconds = QUICK ? timedBuild(dir, { cold: false }) : NaN;
  const warmSeconds = timedBuild(dir, { cold: false });
  const dist = join(dir, 'dist');
  const files = walk(dist);
  const sizeOf = (filter) => files.filter(filter).reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
  const precache = await precachedFiles(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const site = await serveSite(dist, BASE);
  try {
    const searches = [];
    for (const query of SEARCH_QUERIES) {
      const context = await browser.newContext();
      searches.push((await firstSearch(context, `${site.url}iam/`, dist, BASE, query)).bytes);
      await context.close();
    }
    const context = await browser.newContext();
    const weight = await weighPage(await context.newPage(), site.url, 'iam/');
    await context.close();
    return {
      ...counts,
      diagrams: files.filter((file) => file.startsWith('diagrams/')).length,
      coldSeconds,
      firstSeconds,
      warmSeconds,
      distMB: sizeOf(() => true) / 1024 / 1024,
      searchIndexKB: sizeOf((file) => /\.pf_(meta|index)$/.test(file)) / 1024,
      fragmentsKB: sizeOf((file) => file.endsWith('.pf_fragment')) / 1024,
      firstSearchKB: Math.max(...searches) / 1024,
      pageJsBytes: weight.jsBytes,
      pageHtmlBytes: weight.htmlBytes,
      precacheFiles: precache.length,
      precacheKB: precache.reduce((sum, file) => sum + servedBytes(dist, BASE, `${BASE}${file}`), 0) / 1024,
    };
  } finally {
    await site.close();
    await browser.close();
  }
}

const load0 = loadavg()[0];
const results = {};
for (const n of [N, 1]) {
  const dir = join(WORK, `scale-${n}x`);
  try {
    results[n] = await measure(dir, n);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${n}×`, results[n]);
}

const rows = [
  ['pages (domain)', 'pages'], ['diagram SVGs (both themes)', 'diagrams'], ['glossary entries', 'glossaryEntries'],
  ['cold build (s)', 'coldSeconds', 1, BUDGETS.coldSeconds], ...(QUICK ? [['first build: cards new, diagrams cached (s)', 'firstSeconds', 1]] : []),
  ['warm build (s)', 'warmSeconds', 1, BUDGETS.warmSeconds],
  ['dist (MB)', 'distMB', 1], ['search index: meta + chunks (KB)', 'searchIndexKB', 1], ['search fragments (KB)', 'fragmentsKB', 1],
  ['first search, max of 3 queries (KB)', 'firstSearchKB', 1, BUDGETS.firstSearchKB],
  ['JS on a domain page (B, raw)', 'pageJsBytes'], ['HTML of a domain page (B, raw)', 'pageHtmlBytes'],
  ['precache files', 'precacheFiles'], ['precache (KB, as served)', 'precacheKB', 0],
];
let over = false;
console.log(`\nload average ${loadavg().map((value) => value.toFixed(1)).join(' ')} (${load0.toFixed(1)} at start), ${availableParallelism()} cores\n`);
console.log(`| | 1× | ${N}× | budget at 10× |\n| --- | --- | --- | --- |`);
for (const [label, key, digits = 0, budget] of rows) {
  const value = results[N][key];
  const broken = N === 10 && budget !== undefined && value > budget;
  over ||= broken;
  const show = (number) => (Number.isNaN(number) ? 'not measured' : number.toFixed(digits));
  const verdict = Number.isNaN(value) ? '' : broken ? ' ✗' : ' ✓';
  console.log(`| ${label} | ${show(results[1][key])} | ${show(value)} | ${budget === undefined ? '' : `≤ ${budget}${verdict}`} |`);
}
process.exitCode = over ? 1 : 0;
