// How close to the floor can home's first visit come on this machine? `node scripts/bench/bound.mjs` (after
// `npm run build`) alternates first visits, run by run, of the floor, the bound pages (bound-pages.mjs) and the
// app, more runs than the bench makes (RUNS, default 41), and prints medians and ratios to the floor.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium-path.mjs';
import { serve } from '../static-server.mjs';
import { buildBoundPages } from './bound-pages.mjs';
import { firstVisitFigures } from './first.mjs';

const runs = Number(process.env.RUNS ?? 41);
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
const args = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath, args });
const servers = { app: await serve('dist', 0) };
try {
  execSync('npx vite build --config scripts/bench/floor/vite.config.ts', { stdio: 'inherit' });
  await buildBoundPages(browser, servers.app.origin);
  servers.floor = await serve('dist-floor', 0);
  servers.bound = await serve('dist-bound', 0);
  const f = await firstVisitFigures(browser, servers.app.origin, servers.floor.origin, runs, servers.bound.origin);
  const fmt = (s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
  const row = (name, v) =>
    `  ${name.padEnd(15)} FCP ${fmt(v.fcp)} ${(v.fcp.median / f.floor.fcp.median).toFixed(2)}×  usable ${fmt(v.usable)} ${(v.usable.median / f.floor.usable.median).toFixed(2)}×  ${(v.total.gzip / 1024).toFixed(1)} KiB`;
  console.log(`first visits, ${runs} runs each (ms, median (min–max); ratio to the floor's median)`);
  console.log([row('floor', f.floor), row('markup', f.bound.markup), row('markup + shell', f.bound.shell), row('app', f.app)].join('\n'));
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}
