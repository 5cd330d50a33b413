// Builds small sites beside this one, to prove that bad input fails the build and to measure
// bare Starlight. Copies live under .fixture-sites/ (ignored by git) so that they resolve this
// project's node_modules like the real site does.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'src', 'public'];

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

function build(dir: string, files: Record<string, string>, env: NodeJS.ProcessEnv = {}): BuildResult {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--root', dir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

function freshDir(name: string): string {
  const dir = join(PROJECT, '.fixture-sites', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Builds a copy of this site plus `files` (paths relative to the site root). */
export function buildFixtureSite(name: string, files: Record<string, string>, env: NodeJS.ProcessEnv = {}): BuildResult {
  const dir = freshDir(name);
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  return build(dir, files, env);
}

/**
 * Builds a site that is only Starlight, in Korean, with `files` as its content. Its output depends
 * only on `files` and the installed packages, so it is built again only when either changes.
 */
export function buildBareStarlight(name: string, files: Record<string, string>): BuildResult {
  const config = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  integrations: [starlight({ title: '기준', defaultLocale: 'root', locales: { root: { label: '한국어', lang: 'ko' } } })],
});
`;
  const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;
  const site = { 'astro.config.mjs': config, 'src/content.config.ts': contentConfig, ...files };
  const key = createHash('sha256').update(readFileSync(join(PROJECT, 'package-lock.json'))).update(JSON.stringify(site)).digest('hex');
  const dir = join(PROJECT, '.fixture-sites', name);
  const stamp = join(dir, 'built-from');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return { status: 0, output: 'unchanged since the last build', dir };
  const result = build(freshDir(name), site);
  if (result.status === 0) writeFileSync(stamp, key);
  return result;
}
