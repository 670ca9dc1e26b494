// Finds a Chromium for Playwright: CHROME_PATH, then chromium or Chrome on the PATH (Debian's package puts
// /usr/bin/chromium there), the macOS app bundles, then Playwright's own cache. No test tool downloads a browser.
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const listDir = (dir) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** Every place a Chromium may be, in the order they are tried. */
export function chromiumCandidates({ env = process.env, home = homedir(), list = listDir } = {}) {
  const onPath = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '').flatMap((dir) => NAMES.map((name) => join(dir, name)));
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || join(home, '.cache', 'ms-playwright');
  const cached = list(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((d) => [join(cache, d, 'chrome-linux', 'chrome'), join(cache, d, 'chrome-linux64', 'chrome')]);
  return [...(env.CHROME_PATH ? [env.CHROME_PATH] : []), ...onPath, ...MAC_APPS, ...cached];
}

/** The first Chromium found, or null. */
export function findChromium({ env = process.env, home = homedir(), list = listDir, isExecutable = executable } = {}) {
  return chromiumCandidates({ env, home, list }).find(isExecutable) ?? null;
}

/**
 * The Chromium the browser tests drive: CHROME_PATH when set, else Debian's chromium-headless-shell when it is
 * installed (the same engine without the browser's UI processes: the suite took about 30 % less CPU with it,
 * docs/benchmarks.md), else the first Chromium found. Lighthouse and screenshots keep findChromium().
 */
export function findTestChromium({ env = process.env, home = homedir(), list = listDir, isExecutable = executable } = {}) {
  if (!env.CHROME_PATH) {
    const shell = (env.PATH ?? '').split(delimiter).filter((dir) => dir !== '').map((dir) => join(dir, 'chromium-headless-shell')).find(isExecutable);
    if (shell) return shell;
  }
  return findChromium({ env, home, list, isExecutable });
}
