// Builds a copy of this site with one page added, to prove that bad input fails the build.
// Copies live under .fixture-sites/ (ignored by git) so that they resolve this project's
// node_modules like the real site does.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'src', 'public'];

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/** Builds the site plus `pages` (paths relative to the fixture root, e.g. src/content/docs/x.mdx). */
export function buildFixtureSite(name: string, pages: Record<string, string>): BuildResult {
  const dir = join(PROJECT, '.fixture-sites', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  for (const [path, content] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--root', dir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}
