// The system check `npm test` runs first, before anything slow: Node new enough, dependencies installed and a
// Chromium for the browser tests. The unit tests need nothing outside node_modules; Chromium is the only
// program the tests need. Root on Debian gets Debian's chromium installed; anyone else gets one line saying
// exactly what to install, within seconds, never a half-run suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium, findTestChromium } from './chromium-path.mjs';

const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };
export const INSTALL = [
  ['apt-get', ['update', '-qq']],
  ['apt-get', ['install', '-y', '-qq', 'chromium']],
];
/** Installed after chromium when it can be: the browser tests run on it with less CPU; without it they use chromium. */
export const OPTIONAL = ['apt-get', ['install', '-y', '-qq', 'chromium-headless-shell']];

const atLeast = (version, minimum) => {
  const [a = 0, b = 0] = version.replace(/^v/, '').split('.').map(Number);
  const [x = 0, y = 0] = minimum.split('.').map(Number);
  return a > x || (a === x && b >= y);
};

/**
 * What to do, from facts about the machine (injected, so every branch is unit-tested):
 * { action: 'ready' | 'install' | 'stop', line } — `line` is the one line the user reads.
 */
export function plan(facts) {
  const { node, minNode, installed, chromePath, chromePathUsable, chromium, debian, root, os } = facts;
  if (!atLeast(node, minNode)) return { action: 'stop', line: `Node ${node} is too old: install Node ${minNode} or newer, then run \`npm ci\`.` };
  if (!installed) return { action: 'stop', line: 'The dependencies are not installed: run `npm ci` first.' };
  if (chromePath && !chromePathUsable) {
    return { action: 'stop', line: `CHROME_PATH is ${chromePath}, but that is not an executable file: point it at a Chromium or Chrome binary, or unset it.` };
  }
  if (chromium) return { action: 'ready', line: `Chromium for the browser tests: ${chromium}` };
  if (debian && root) return { action: 'install', line: "No Chromium found: installing Debian's chromium for the browser tests (apt-get install chromium) …" };
  if (debian) return { action: 'stop', line: 'No Chromium for the browser tests: install it with `sudo apt-get install chromium`, or set CHROME_PATH to a Chromium or Chrome binary.' };
  return { action: 'stop', line: `No Chromium for the browser tests on ${os}: install Chromium or Google Chrome, or set CHROME_PATH to its binary.` };
}

function machineFacts(root = new URL('../', import.meta.url)) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const chromePath = process.env.CHROME_PATH || undefined;
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    node: process.version,
    minNode: /(\d+\.\d+)/.exec(pkg.engines?.node ?? '')?.[1] ?? '0.0',
    installed: existsSync(new URL('node_modules/.bin/playwright', root)) && existsSync(new URL('node_modules/.bin/tsc', root)),
    chromePath,
    chromePathUsable: chromePath ? findChromium({ env: { CHROME_PATH: chromePath } }) === chromePath : true,
    chromium: findTestChromium(),
    debian: existsSync('/etc/debian_version'),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    os: /^PRETTY_NAME="?(.*?)"?$/m.exec(osRelease)?.[1] ?? process.platform,
  };
}

function main() {
  const decision = plan(machineFacts());
  if (decision.action === 'stop') {
    console.error(decision.line);
    return 1;
  }
  console.log(decision.line);
  if (decision.action === 'ready') return 0;
  for (const [command, args] of INSTALL) {
    const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...APT_ENV } });
    if (run.status !== 0) {
      console.error(`\`${command} ${args.join(' ')}\` failed (exit ${run.status ?? run.signal}): install chromium by hand, or set CHROME_PATH.`);
      return run.status || 1;
    }
  }
  const optional = spawnSync(OPTIONAL[0], OPTIONAL[1], { stdio: 'inherit', env: { ...process.env, ...APT_ENV } });
  if (optional.status !== 0) console.log('chromium-headless-shell is not available here: the browser tests use chromium.');
  const found = findTestChromium();
  if (!found) {
    console.error('chromium is installed but not on the PATH: set CHROME_PATH to its binary (usually /usr/bin/chromium).');
    return 1;
  }
  console.log(`Chromium for the browser tests: ${found}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
