// npm test: every check in order, the system check first so a machine without Chromium stops within seconds.
// Stops at the first failing stage with its exit code and always ends with how long each stage took.
// .ci/run passes the time of its `npm ci` in KB_INSTALL_SECONDS so the table covers the whole CI run.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const STAGES = [
  ['system check', 'node', ['scripts/ensure-chromium.mjs']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['import cycles', 'npm', ['run', '--silent', 'check:cycles']],
  ['copy-paste', 'npm', ['run', '--silent', 'check:dupes']],
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budget', 'npm', ['run', '--silent', 'size']],
  ['browser tests', 'npx', ['playwright', 'test']],
];

const rows = [];
if (process.env.KB_INSTALL_SECONDS) rows.push(['npm ci', Number(process.env.KB_INSTALL_SECONDS), 'ok']);

function table() {
  const total = rows.reduce((sum, [, s]) => sum + s, 0);
  const line = (name, seconds, status) => `  ${name.padEnd(14)} ${seconds.toFixed(1).padStart(7)} s  ${status}`;
  // On a shared machine the wall-clock figures mean little without the load they were taken under.
  const load = `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores at the end`;
  console.log(['', `Stage times (${load}):`, ...rows.map((r) => line(...r)), line('total', total, '')].join('\n'));
}

let failed = null;
for (const [name, command, args] of STAGES) {
  console.log(`\n▶ ${name}`);
  const t0 = performance.now();
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = (performance.now() - t0) / 1000;
  const code = run.status ?? 1;
  rows.push([name, seconds, code === 0 ? 'ok' : `failed (exit ${run.status ?? run.signal})`]);
  if (code !== 0) {
    failed = { name, code };
    break;
  }
}
table();
if (failed) {
  console.error(`npm test stopped at "${failed.name}" (exit ${failed.code}).`);
  process.exit(failed.code);
}
