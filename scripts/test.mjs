// npm test: every check in order, the system check first so a machine without Chromium stops within seconds.
// Stops at the first failing stage with its exit code and always ends with how long each stage took.
// .ci/run passes the time of its `npm ci` in KB_INSTALL_SECONDS so the table covers the whole CI run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

// The "next version" the update test serves: built here, beside the unit tests, from the same source as dist/,
// instead of inside the browser tests, where the build took a core from the test running beside it.
const nextDist = join(mkdtempSync(join(tmpdir(), 'kb-next-')), 'dist');

// A group's chains run side by side, a chain's stages one after another. The static checks, the build and the
// size check are short and mostly wait on one core each, so they run beside the unit tests (two vitest workers)
// instead of before and after them, and no core sits idle while the longest of them finishes. Their output is
// printed whole, stage by stage, once all of them are done. The fonts are made first, on their own: the unit
// tests and the build both read them, and two `npm run fonts` in a fresh clone would write the same files.
// The browser tests run alone: their timing-sensitive tests (autosave within 2 s) get the machine to themselves.
const STAGES = [
  [[['system check', 'node', ['scripts/ensure-chromium.mjs']]]],
  [[['fonts', 'npm', ['run', '--silent', 'fonts']]]],
  [
    [['typecheck', 'npm', ['run', '--silent', 'typecheck']]],
    [['lint', 'npm', ['run', '--silent', 'lint']]],
    [['import cycles', 'npm', ['run', '--silent', 'check:cycles']]],
    [['copy-paste', 'npm', ['run', '--silent', 'check:dupes']]],
    [['unit tests', 'npm', ['run', '--silent', 'test:unit']]],
    [
      ['build', 'npm', ['run', '--silent', 'build']],
      ['size budget', 'npm', ['run', '--silent', 'size']],
      ['next build', 'npx', ['vite', 'build', '--outDir', nextDist, '--emptyOutDir', '--logLevel', 'error'], { KB_APP_VERSION: '9.9.9-next' }],
    ],
  ],
  [[['browser tests', 'npx', ['playwright', 'test'], { KB_NEXT_DIST: nextDist }]]],
];

const rows = [];
if (process.env.KB_INSTALL_SECONDS) rows.push(['npm ci', Number(process.env.KB_INSTALL_SECONDS), 'ok', true]);

function table() {
  const total = rows.reduce((sum, [, s, , counted]) => sum + (counted ? s : 0), 0);
  const line = (name, seconds, status = '') => `  ${name.padEnd(14)} ${seconds.toFixed(1).padStart(7)} s  ${status}`;
  // On a shared machine the wall-clock figures mean little without the load they were taken under.
  const load = `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores at the end`;
  console.log(['', `Stage times (${load}):`, ...rows.map((r) => line(...r)), line('total', total, '(wall clock; side-by-side stages counted once)')].join('\n'));
}

/** Runs one stage; alone it streams its output, beside others it buffers it. Resolves with code and seconds. */
function run([name, command, args, env = {}], alone) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const output = [];
    child.stdout?.on('data', (d) => output.push(d));
    child.stderr?.on('data', (d) => output.push(d));
    const done = (code, signal) => resolve({ name, code: code ?? 1, signal, seconds: (performance.now() - t0) / 1000, output: Buffer.concat(output).toString() });
    child.on('error', () => done(1, null));
    child.on('close', done);
  });
}

/** Runs a chain of stages one after another, stopping at the first that fails. */
async function runChain(chain, alone) {
  const results = [];
  for (const stage of chain) {
    const r = await run(stage, alone);
    results.push(r);
    if (r.code !== 0) break;
  }
  return results;
}

let failed = null;
for (const group of STAGES) {
  const alone = group.length === 1 && group[0].length === 1;
  if (alone) console.log(`\n▶ ${group[0][0][0]}`);
  const t0 = performance.now();
  const results = (await Promise.all(group.map((chain) => runChain(chain, alone)))).flat();
  const wall = (performance.now() - t0) / 1000;
  for (const r of results) {
    if (!alone) process.stdout.write(`\n▶ ${r.name}\n${r.output}`);
    // Side by side, each stage shows its own time and only the group's wall clock counts in the total.
    rows.push([r.name, r.seconds, r.code === 0 ? 'ok' : `failed (exit ${r.signal ?? r.code})`, alone]);
  }
  if (!alone) rows.push(['  together', wall, 'wall clock of the stages above', true]);
  const bad = results.find((r) => r.code !== 0);
  if (bad) {
    failed = bad;
    break;
  }
}
rmSync(join(nextDist, '..'), { recursive: true, force: true });
table();
if (failed) {
  console.error(`npm test stopped at "${failed.name}" (exit ${failed.code}).`);
  process.exit(failed.code);
}
