// npm run bench:tests: how long a contributor waits for `npm test`. Runs the full suite as CI does
// (CI=1) in this checkout and in a checkout of an older commit, alternately, RUNS times each, and
// prints each run's wall time, the medians and their ratio. The older checkout lives in
// .fixture-sites/ (ignored by git) with its own `npm ci`.
//   BENCH_REF=a1f3e57 (default: main when issue 11 asked for a suite twice as fast)   BENCH_RUNS=1
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, median } from './lib/site-copy.ts';

const REF = process.env.BENCH_REF ?? 'a1f3e57';
const RUNS = Number(process.env.BENCH_RUNS ?? 1);

const older = join(PROJECT, '.fixture-sites', `suite-${REF}`);
if (!existsSync(join(older, 'node_modules'))) {
  execFileSync('git', ['clone', '--quiet', '--no-checkout', PROJECT, older]);
  execFileSync('git', ['checkout', '--quiet', REF], { cwd: older });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: older, stdio: 'inherit' });
}

/** Seconds that `CI=1 npm test` takes in `dir`; throws if the suite fails. */
function timeSuite(dir) {
  const start = performance.now();
  const run = spawnSync('npm', ['test'], { cwd: dir, env: { ...process.env, CI: '1' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`npm test failed in ${dir}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return seconds;
}

const times = { current: [], older: [] };
for (let run = 1; run <= RUNS; run++) {
  // Alternate which goes first, so that a machine getting busier or quieter weighs on both.
  const order = run % 2 ? ['older', 'current'] : ['current', 'older'];
  for (const which of order) times[which].push(timeSuite(which === 'current' ? PROJECT : older));
  console.log(`run ${run}: this checkout ${times.current.at(-1).toFixed(1)} s, ${REF} ${times.older.at(-1).toFixed(1)} s`);
}
const [current, old] = [median(times.current), median(times.older)];
console.log(`median of ${RUNS}: this checkout ${current.toFixed(1)} s, ${REF} ${old.toFixed(1)} s, ratio ${(current / old).toFixed(2)}`);
