// The system check npm test runs first: what it decides on a bare machine, from injected facts (so no branch
// needs a machine without Chromium, and no test ever runs apt-get).
import { describe, expect, test } from 'vitest';
import { INSTALL, plan, type MachineFacts } from '../../../scripts/ensure-chromium.mjs';
import { findChromium, findTestChromium } from '../../../scripts/chromium-path.mjs';

const bareDebian: MachineFacts = {
  node: 'v20.20.2',
  minNode: '20.19',
  installed: true,
  chromePath: undefined,
  chromePathUsable: true,
  chromium: null,
  debian: true,
  root: false,
  os: 'Debian GNU/Linux 13 (trixie)',
};

describe('the system check', () => {
  test('a user without Chromium on Debian gets one line naming the package and CHROME_PATH', () => {
    const { action, line } = plan(bareDebian);
    expect(action).toBe('stop');
    expect(line).not.toContain('\n');
    expect(line).toContain('sudo apt-get install chromium');
    expect(line).toContain('CHROME_PATH');
  });

  test('root on Debian gets Debian’s chromium installed, nothing else', () => {
    expect(plan({ ...bareDebian, root: true }).action).toBe('install');
    expect(INSTALL.at(-1)).toEqual(['apt-get', ['install', '-y', '-qq', 'chromium']]);
    expect(INSTALL.flatMap(([, args]) => args)).not.toContain('poppler-utils');
  });

  test('a Chromium found is used, whoever runs the tests', () => {
    for (const root of [true, false]) {
      const decision = plan({ ...bareDebian, root, chromium: '/usr/bin/chromium' });
      expect(decision).toEqual({ action: 'ready', line: expect.stringContaining('/usr/bin/chromium') as string });
    }
  });

  test('outside Debian it names the system and what to install', () => {
    const { action, line } = plan({ ...bareDebian, debian: false, os: 'macOS' });
    expect(action).toBe('stop');
    expect(line).toMatch(/macOS: install Chromium or Google Chrome, or set CHROME_PATH/);
  });

  test('a CHROME_PATH that points nowhere is said so, even as root, and nothing is installed', () => {
    const decision = plan({ ...bareDebian, root: true, chromePath: '/opt/chrome/nothing', chromePathUsable: false, chromium: '/usr/bin/chromium' });
    expect(decision.action).toBe('stop');
    expect(decision.line).toContain('CHROME_PATH is /opt/chrome/nothing');
  });

  test('too old a Node, or no npm ci yet, stops before Chromium is even looked at', () => {
    const old = plan({ ...bareDebian, root: true, node: 'v18.20.4' });
    expect(old).toEqual({ action: 'stop', line: expect.stringContaining('Node v18.20.4 is too old: install Node 20.19 or newer') as string });
    expect(plan({ ...bareDebian, node: 'v20.18.9' }).action).toBe('stop');
    expect(plan({ ...bareDebian, node: 'v22.1.0', chromium: '/x' }).action).toBe('ready');
    expect(plan({ ...bareDebian, root: true, installed: false }).line).toBe('The dependencies are not installed: run `npm ci` first.');
  });
});

describe('finding Chromium', () => {
  const executables = (...paths: string[]) => (p: string) => paths.includes(p);
  const none = () => [];

  test('CHROME_PATH wins over the PATH', () => {
    const found = findChromium({ env: { CHROME_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, list: none, isExecutable: executables('/opt/c/chrome', '/usr/bin/chromium') });
    expect(found).toBe('/opt/c/chrome');
  });

  test('chromium on the PATH is found; a PATH that holds only node finds none', () => {
    const isExecutable = executables('/usr/bin/chromium', '/tmp/nodeonly/node');
    expect(findChromium({ env: { PATH: '/usr/local/bin:/usr/bin' }, list: none, isExecutable })).toBe('/usr/bin/chromium');
    expect(findChromium({ env: { PATH: '/tmp/nodeonly' }, home: '/nonexistent', list: none, isExecutable })).toBeNull();
  });

  test("Playwright's cache is the last resort, newest build first", () => {
    const list = (dir: string) => (dir === '/h/.cache/ms-playwright' ? ['chromium-1100', 'chromium-1200', 'firefox-1'] : []);
    const isExecutable = executables('/h/.cache/ms-playwright/chromium-1100/chrome-linux/chrome', '/h/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    expect(findChromium({ env: { PATH: '' }, home: '/h', list, isExecutable })).toBe('/h/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
  });

  test('the browser tests prefer chromium-headless-shell on the PATH, unless CHROME_PATH names a browser', () => {
    const isExecutable = executables('/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/opt/c/chrome');
    expect(findTestChromium({ env: { PATH: '/usr/bin' }, list: none, isExecutable })).toBe('/usr/bin/chromium-headless-shell');
    expect(findTestChromium({ env: { PATH: '/usr/bin', CHROME_PATH: '/opt/c/chrome' }, list: none, isExecutable })).toBe('/opt/c/chrome');
    // Without the shell they use chromium, as before.
    expect(findTestChromium({ env: { PATH: '/usr/bin' }, list: none, isExecutable: executables('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
  });
});
