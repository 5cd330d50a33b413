// Builds copies of this site with a few files changed, to prove that bad input fails the build
// and that a scaffolded page builds (copies: scripts/lib/site-copy.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO, copySite } from '../../scripts/lib/site-copy.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/** Builds a copy of this site plus `files` (paths relative to the site root); the build may fail. */
export function buildFixtureSite(name: string, files: Record<string, string>, env: NodeJS.ProcessEnv = {}): BuildResult {
  const dir = copySite(name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--root', dir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}
