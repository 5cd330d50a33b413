// The baseline of tests/page-weight-budget.test.ts: a site that is only Starlight, in Korean,
// with two pages shaped like ours. `npm run build:test` builds it beside the site (in parallel:
// the site's build leaves a core idle most of the time). Its output depends only on the installed
// packages, so it is rebuilt only when package-lock.json changes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO, PROJECT } from './site-copy.ts';

export const BARE_STARLIGHT_DIST = join(PROJECT, '.fixture-sites/bare-starlight/dist');

const page = '---\ntitle: 기준 페이지\ndescription: 비교용 페이지\n---\n\n## 첫째\n\n본문\n\n## 둘째\n\n본문\n\n### 셋째\n\n본문\n';
const FILES: Record<string, string> = {
  'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [starlight({ title: '기준', defaultLocale: 'root', locales: { root: { label: '한국어', lang: 'ko' } } })],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/guide.md': page,
  'src/content/docs/index.md': page,
};

/** Builds bare Starlight into .fixture-sites/bare-starlight/ unless it is already built from the same packages. */
export async function buildBareStarlight(): Promise<void> {
  const dir = dirname(BARE_STARLIGHT_DIST);
  const stamp = join(dir, 'built-from');
  const key = createHash('sha256').update(readFileSync(join(PROJECT, 'package-lock.json'))).update(JSON.stringify(FILES)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return;
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const child = spawn(process.execPath, [ASTRO, 'build', '--root', dir], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  if (status !== 0) throw new Error(`bare Starlight build failed:\n${output}`);
  writeFileSync(stamp, key);
}
