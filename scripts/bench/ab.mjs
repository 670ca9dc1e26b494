// A/B of the first visit, Lighthouse and the blocking time of a wizard step and the review, between this checkout
// and another (e.g. an export of main), run by run alternating so both see the same machine load:
// `node scripts/bench/ab.mjs <other checkout> [first] [lighthouse] [blocking]`.
// Both checkouts must have dist/ (npm run build) and, for Lighthouse, dist-bench/ (KB_BENCH=1 vite build
// --outDir dist-bench); this one also dist-floor/ (the floor page). RUNS (first visits, default 9) and LH_RUNS
// (Lighthouse rounds, default 3) set the counts. Prints medians with min–max; writes nothing into docs/.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium-path.mjs';
import { serve } from '../static-server.mjs';
import { firstVisit } from '../first-visit.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { summarize } from './stats.mjs';

const [other, ...partArgs] = process.argv.slice(2);
if (!other) throw new Error('usage: node scripts/bench/ab.mjs <other checkout> [first] [lighthouse] [blocking]');
const parts = partArgs.length > 0 ? partArgs : ['first', 'lighthouse', 'blocking'];
const sides = { A: resolve('.'), B: resolve(other) };
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');
const fmt = (s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;

if (parts.includes('first')) {
  const runs = Number(process.env.RUNS ?? 9);
  const servers = { floor: await serve('dist-floor', 0) };
  for (const [name, dir] of Object.entries(sides)) servers[name] = await serve(join(dir, 'dist'), 0);
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const visits = { floor: [], A: [], B: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // The order turns each run, so neither side always follows the other.
      const order = i % 2 ? ['B', 'floor', 'A'] : ['A', 'floor', 'B'];
      for (const name of order) visits[name].push(await firstVisit(browser, `${servers[name].origin}/`));
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
  const floor = { fcp: summarize(visits.floor.map((v) => v.fcp)), usable: summarize(visits.floor.map((v) => v.usable)) };
  console.log(`first visit, ${runs} runs each (ms, median (min–max); ratio to the floor's median)`);
  for (const [name, vs] of Object.entries(visits)) {
    const fcp = summarize(vs.map((v) => v.fcp));
    const usable = summarize(vs.map((v) => v.usable));
    const kib = (vs[0].total.gzip / 1024).toFixed(1);
    console.log(
      `  ${name.padEnd(5)} FCP ${fmt(fcp)} ${(fcp.median / floor.fcp.median).toFixed(2)}×  usable ${fmt(usable)} ${(usable.median / floor.usable.median).toFixed(2)}×  ${kib} KiB in ${vs[0].files.length} files`,
    );
  }
}

if (parts.includes('lighthouse')) {
  const rounds = Number(process.env.LH_RUNS ?? 3);
  const scores = { A: [], B: [] };
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      const dir = join(sides[name], 'dist-bench');
      if (!existsSync(dir)) throw new Error(`${dir} is missing: KB_BENCH=1 npx vite build --outDir dist-bench`);
      const server = await serve(dir, 0);
      try {
        scores[name].push(await lighthouseScores(executablePath, server.origin, 1));
      } finally {
        await server.close();
      }
    }
  }
  console.log(`Lighthouse performance, ${rounds} runs each: median (min–max), and median TBT / LCP in ms`);
  for (const preset of ['desktop', 'mobile']) {
    for (const page of ['home', 'step', 'review']) {
      const line = Object.entries(scores).map(([name, runs]) => {
        const of = (key) => summarize(runs.map((r) => r[preset][page][key] ?? Number.NaN));
        return `${name} ${fmt(of('performance'))} TBT ${Math.round(of('tbt').median)} LCP ${Math.round(of('lcp').median)}`;
      });
      console.log(`  ${preset.padEnd(7)} ${page.padEnd(6)} ${line.join('   ')}`);
    }
  }
}

// Lighthouse's TBT, observed instead of simulated: the CPU slowed 4× as its mobile preset does, the page opened on a
// seeded step or review (dist-bench's harness), and the sum of each long task's time past 50 ms until 3 s after load.
async function blockingTime(browser, origin, which) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const harness = await context.newPage();
    await harness.goto(`${origin}/scripts/bench/bench.html`);
    await harness.waitForFunction(() => window.kbBench?.ready === true);
    const [id] = await harness.evaluate((w) => window.kbBench.seed(1, w), which === 'step' ? 'school' : 'review');
    await harness.close();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.kbLong = [];
      new PerformanceObserver((list) => window.kbLong.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}/#/a/${id}`, { waitUntil: 'load' });
    await page.waitForSelector('.wizard__main', { timeout: 30000 });
    await page.waitForTimeout(3000);
    return page.evaluate(() => window.kbLong.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
  } finally {
    await context.close();
  }
}

if (parts.includes('blocking')) {
  const runs = Number(process.env.RUNS ?? 9);
  const servers = {};
  for (const [name, dir] of Object.entries(sides)) servers[name] = await serve(join(dir, 'dist-bench'), 0);
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const times = { step: { A: [], B: [] }, review: { A: [], B: [] } };
  try {
    for (let i = 0; i < runs; i++) {
      for (const which of ['step', 'review']) {
        for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) times[which][name].push(await blockingTime(browser, servers[name].origin, which));
      }
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }
  console.log(`blocking time (long tasks past 50 ms, CPU 4× slower), ${runs} runs each: median (min–max) ms`);
  for (const [which, bySide] of Object.entries(times)) console.log(`  ${which.padEnd(6)} ${Object.entries(bySide).map(([name, v]) => `${name} ${fmt(summarize(v))}`).join('   ')}`);
}
