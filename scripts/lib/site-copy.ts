// Copies of this site under .fixture-sites/ (ignored by git) for the benches and the fixture
// builds, and the one way to run Astro on them. A copy lives inside the project so that it
// resolves the project's node_modules like the real site does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'src', 'public'];

/** A fresh copy of the site's sources in .fixture-sites/<name>/; returns its folder. */
export function copySite(name: string): string {
  const dir = join(PROJECT, '.fixture-sites', name);
  rmSync(dir, { recursive: true, force: true });
  for (const entry of SITE_FILES) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  // The cards read their font by a path relative to the working directory (src/pages/og/), and a
  // copy built from its own folder keeps Vite's and the cards' caches (node_modules/.vite,
  // .astro-og-canvas) to itself.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(PROJECT, 'node_modules/pretendard'), join(dir, 'node_modules/pretendard'));
  return dir;
}

/** Removes what a build leaves to speed up the next one, so that the next build is cold. */
export function clearBuildCaches(dir: string): void {
  for (const cache of ['dist', '.astro', 'node_modules/.vite', 'node_modules/.astro', 'node_modules/.astro-og-canvas']) rmSync(join(dir, cache), { recursive: true, force: true });
}

/** Runs `astro build` in `dir`; throws with the end of its output if the build fails. */
export function buildSite(dir: string, env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`build of ${dir} failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
