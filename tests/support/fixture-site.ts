// Builds copies of this site with a few files changed, to prove that bad input fails the build
// and that a scaffolded page builds. Copies live under .fixture-sites/ (ignored by git) so that they resolve this
// project's node_modules like the real site does.
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
