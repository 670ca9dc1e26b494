// Makes sure a Chromium (and poppler-utils for reading PDFs back) is there before the browser tests run.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasPoppler = () => {
  try { execSync('command -v pdftotext', { stdio: 'ignore' }); return true; } catch { return false; }
};

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!hasPoppler()) missing.push('poppler-utils');

if (missing.length > 0) {
  if (isDebian && isRoot) {
    console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq', { stdio: 'inherit', env });
    execSync(`apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit', env });
  } else {
    const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.*?)"?$/m)?.[1] : process.platform;
    console.error(`No ${missing.join(' or ')} found (${os}): install Chromium and poppler-utils (Debian: sudo apt-get install chromium poppler-utils) or set CHROME_PATH to a Chromium binary.`);
    process.exit(1);
  }
}
const path = findChromium();
if (!path) {
  console.error('Chromium is still not found after installing: set CHROME_PATH to a Chromium binary.');
  process.exit(1);
}
console.log(`Chromium: ${path}`);
