// npm run bench: builds the app, serves it, drives Debian's Chromium, writes docs/benchmarks.md and .json.
// Not part of npm test: times on a shared machine are noisy. Only the size budget (scripts/size.mjs) fails a build.
import { execSync } from 'node:child_process';
import { cpus, totalmem, release, platform, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.mjs';
import { serve } from './static-server.mjs';
import { sizeFigures } from './bench/size.mjs';
import { firstVisitFigures } from './bench/first.mjs';
import { buildBoundPages } from './bench/bound-pages.mjs';
import { loadFromNetwork, loadOffline, autosaveLatency, pdfFigures, registerFigures, scaleFigures } from './bench/app.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { targets, writeReport } from './bench/report.mjs';
import { explanations, history } from './bench/notes.mjs';

const step = async (name, fn) => {
  const t0 = Date.now();
  console.log(`▶ ${name}`);
  const out = await fn();
  console.log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
};

// `node scripts/bench.mjs --report`: rewrites docs/benchmarks.md from docs/benchmarks.json without measuring.
if (process.argv.includes('--report')) {
  const saved = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8'));
  writeReport(saved, targets(saved).filter(([, ok]) => !ok).map(([name]) => `**${name}**: ${explanations[name] ?? 'not yet explained.'}`), history);
  console.log('Rewrote docs/benchmarks.md from docs/benchmarks.json');
  process.exit(0);
}

// `BENCH_PARTS=first,lighthouse npm run bench`: only those parts (first, load, autosave, pdf, scale, lighthouse),
// printed as JSON into test-results/bench-parts.json; docs/ stays as the last full run wrote it.
const parts = process.env.BENCH_PARTS?.split(',').map((p) => p.trim()) ?? null;
const want = (part) => parts === null || parts.includes(part);

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');

const buildMs = await step('production build', () => {
  const t0 = Date.now();
  execSync('npm run build --silent', { stdio: 'inherit' });
  return Date.now() - t0;
});
await step('bench build (app + harness page)', () =>
  execSync('npx vite build --outDir dist-bench --emptyOutDir --logLevel warn', { stdio: 'inherit', env: { ...process.env, KB_BENCH: '1' } }),
);
// The floor: a blank Vite + Preact page (scripts/bench/floor/), built by the same vite in this run.
await step('floor build (blank Vite + Preact page)', () => execSync('npx vite build --config scripts/bench/floor/vite.config.ts', { stdio: 'inherit' }));

// The first visit is measured on the production build itself (dist/), the rest on dist-bench (app + harness).
const appServer = await serve('dist', 0);
const floorServer = await serve('dist-floor', 0);
// A free port: another checkout's bench may be running, and a fresh origin starts with an empty database.
const server = await serve('dist-bench', 0);
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'] });
const origin = server.origin;
const results = { date: new Date().toISOString(), buildMs, loadAverage: { start: loadavg()[0] } };
try {
  results.machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}${existsSync('/etc/debian_version') ? ` (Debian ${readFileSync('/etc/debian_version', 'utf8').trim()})` : ''}`,
    node: process.version,
    chromium: browser.version(),
  };
  if (want('first')) {
    // Home's own markup drawn by a floor-sized script, without and with the app's first chunk: where the ratio's bound lies.
    await step('bound pages (home\'s markup on the floor)', () => buildBoundPages(browser, appServer.origin));
    const boundServer = await serve('dist-bound', 0);
    try {
      results.first = await step('first visit of home against the floor', () => firstVisitFigures(browser, appServer.origin, floorServer.origin, 15, boundServer.origin));
    } finally {
      await boundServer.close();
    }
    results.size = sizeFigures(results.first.app.files);
  }
  if (want('load')) {
    results.load = {
      network: await step('load from the network', () => loadFromNetwork(browser, origin)),
      offline: await step('load from the service worker, offline', () => loadOffline(browser, origin)),
    };
  }
  if (want('autosave')) results.autosave = await step('autosave latency', () => autosaveLatency(browser, origin));
  if (want('pdf')) {
    results.pdf = {
      reference: await step('PDF reference fixture', () => pdfFigures(browser, origin, 'reference')),
      stress: await step('PDF stress fixture', () => pdfFigures(browser, origin, 'stress')),
    };
  }
  if (want('scale')) {
    results.scale = {
      ...(await step('scale: 1,000 assessments', () => scaleFigures(browser, origin))),
      register: await step('scale: the register of 1,000 signed assessments', () => registerFigures(browser, origin)),
    };
  }
  await browser.close();
  if (want('lighthouse')) results.lighthouse = await step('Lighthouse', () => lighthouseScores(executablePath, origin, Number(process.env.LH_RUNS ?? 1)));
} finally {
  await browser.close().catch(() => undefined);
  await Promise.all([server.close(), appServer.close(), floorServer.close()]);
}

results.loadAverage.end = loadavg()[0];
if (parts !== null) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-parts.json', JSON.stringify(results, null, 2) + '\n');
  console.log(`Wrote test-results/bench-parts.json (${parts.join(', ')}); docs/benchmarks.md unchanged`);
  process.exit(0);
}
const notes = targets(results).filter(([, ok]) => !ok).map(([name]) => `**${name}**: ${explanations[name] ?? 'not yet explained.'}`);
writeReport(results, notes, history);
console.log('Wrote docs/benchmarks.md and docs/benchmarks.json');
