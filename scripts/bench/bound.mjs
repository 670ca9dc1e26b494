// How close to the floor can home's first visit come on this machine? `node scripts/bench/bound.mjs` (after
// `npm run build`) alternates first visits, run by run: the floor (a blank Vite + Preact page), home's own
// first-visit markup drawn by a floor-sized script under the app's stylesheet ("markup"), the same page made to
// fetch and run the app's first chunk before it draws ("markup + shell"), and the app. RUNS sets the count (21).
// Not part of `npm run bench`: it says where the usable ratio's bound lies, not how the app does.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium-path.mjs';
import { serve } from '../static-server.mjs';
import { firstVisit, watchUsable } from '../first-visit.mjs';
import { summarize } from './stats.mjs';

const runs = Number(process.env.RUNS ?? 21);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
const args = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath, args });
const servers = { app: await serve('dist', 0) };
try {
  // Home as a first visit shows it, in the app's own build.
  const context = await browser.newContext();
  const page = await context.newPage();
  const usable = await watchUsable(page);
  await usable(() => page.goto(`${servers.app.origin}/`, { waitUntil: 'commit' }));
  const markup = await page.evaluate(() => document.getElementById('app')?.innerHTML ?? '');
  await context.close();
  // The app's first files, as index.html links them: its stylesheets and the chunks its entry imports.
  const index = readFileSync('dist/index.html', 'utf8');
  const linked = (rel) => [...index.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="/([^"]+)"`, 'g'))].map((m) => m[1]);
  const spec = { markup, css: linked('stylesheet'), shell: linked('modulepreload') };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bound.json', JSON.stringify(spec));
  execSync('npx vite build --config scripts/bench/floor/vite.config.ts', { stdio: 'inherit' });
  execSync('npx vite build --config scripts/bench/bound/vite.config.ts', { stdio: 'inherit', env: { ...process.env, KB_BOUND: 'test-results/bound.json' } });
  // The same page, its script waiting for the app's first chunk (module scripts run in document order).
  const page1 = readFileSync('dist-bound/markup.html', 'utf8');
  const scripts = spec.shell.map((f) => `<script type="module" crossorigin src="/app/${basename(f)}"></script>`).join('');
  writeFileSync('dist-bound/markup-shell.html', page1.replace('<title>Bound</title>', `<title>Bound</title>${scripts}`));

  servers.floor = await serve('dist-floor', 0);
  servers.bound = await serve('dist-bound', 0);
  const pages = {
    floor: `${servers.floor.origin}/`,
    markup: `${servers.bound.origin}/markup.html`,
    'markup + shell': `${servers.bound.origin}/markup-shell.html`,
    app: `${servers.app.origin}/`,
  };
  const names = Object.keys(pages);
  const visits = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    // The order turns each run, so no page always follows the same one.
    const order = names.map((_, k) => names[(i + k) % names.length]);
    for (const name of order) visits[name].push(await firstVisit(browser, pages[name]));
  }
  const fmt = (s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
  const floor = { fcp: summarize(visits.floor.map((v) => v.fcp)).median, usable: summarize(visits.floor.map((v) => v.usable)).median };
  console.log(`first visits, ${runs} runs each (ms, median (min–max); ratio to the floor's median)`);
  for (const name of names) {
    const fcp = summarize(visits[name].map((v) => v.fcp));
    const use = summarize(visits[name].map((v) => v.usable));
    const kib = (visits[name][0].total.gzip / 1024).toFixed(1);
    console.log(`  ${name.padEnd(15)} FCP ${fmt(fcp)} ${(fcp.median / floor.fcp).toFixed(2)}×  usable ${fmt(use)} ${(use.median / floor.usable).toFixed(2)}×  ${kib} KiB`);
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}
