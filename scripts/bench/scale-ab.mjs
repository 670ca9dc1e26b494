// Only the 1,000-assessment figures of npm run bench, for two bench builds side by side, alternating A and B
// each round so both see the same load on a shared machine. Medians of the rounds:
//   node scripts/bench/scale-ab.mjs <dist-bench of A> <dist-bench of B> [rounds=5] [count=1000]   (SCALE=list: the list only)
// Build each with `KB_BENCH=1 npx vite build --outDir <dir> --emptyOutDir`.
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium-path.mjs';
import { serve } from '../static-server.mjs';
import { summarize } from './stats.mjs';

const [dirA, dirB, roundsArg, countArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: node scripts/bench/scale-ab.mjs <dirA> <dirB> [rounds] [count]');
const rounds = Number(roundsArg ?? 5);
const count = Number(countArg ?? 1000);
/** SCALE=list measures only the home list. */
const listOnly = process.env.SCALE === 'list';

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const sides = [];
for (const [name, dir] of [['A', dirA], ['B', dirB]]) {
  const server = await serve(dir, 0);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/scripts/bench/bench.html`);
  await page.waitForFunction(() => window.kbBench?.ready === true);
  await page.evaluate(() => window.kbBench.erase());
  await page.evaluate((n) => window.kbBench.seed(n), count);
  // Main-thread CPU time (Performance.getMetrics ThreadTime): steadier than wall-clock on a loaded machine.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  sides.push({ name, server, context, page, cdp, list: [], read: [], cards: [], exportMs: [], importMs: [], parseMs: [], cpuMs: [] });
}

for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
    const { page, server } = side;
    await page.goto('about:blank');
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('kb:usable').length > 0, null, { polling: 50, timeout: 60000 });
    const { painted, cards, read } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('kb:usable')[0].startTime,
      cards: document.querySelectorAll('main [data-assessment-id]').length,
      // Home's own marks around reading what it shows (src/ui/home/useHomeData.ts).
      read: performance.getEntriesByName('t:read-done')[0]?.startTime - performance.getEntriesByName('t:read-start')[0]?.startTime,
    }));
    side.list.push(painted);
    side.read.push(read);
    side.cards.push(cards);
    if (listOnly) continue;
    await page.goto(`${server.origin}/scripts/bench/bench.html`);
    await page.waitForFunction(() => window.kbBench?.ready === true);
    const threadTime = async () => (await side.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
    const cpu0 = await threadTime();
    const r = await page.evaluate(() => window.kbBench.exportImport());
    side.cpuMs.push((await threadTime()) - cpu0);
    if (r.count !== count) throw new Error(`${side.name}: export/import kept ${r.count} of ${count}`);
    side.exportMs.push(r.exportMs);
    side.importMs.push(r.importMs);
    side.parseMs.push(r.parseMs);
  }
}

const med = (xs) => Math.round(summarize(xs).median);
for (const s of sides) {
  const both = s.exportMs.map((e, i) => e + s.importMs[i]);
  console.log(`${s.name}: list painted ${med(s.list)} ms [${s.list.map(Math.round).join(', ')}], read ${med(s.read)} ms [${s.read.map(Math.round).join(', ')}], cards ${s.cards[0]}`);
  if (!listOnly) console.log(`   export ${med(s.exportMs)} + import ${med(s.importMs)} (of it reading and planning ${med(s.parseMs)}) = ${med(both)} ms [${both.map(Math.round).join(', ')}]; main-thread CPU ${med(s.cpuMs)} ms [${s.cpuMs.map(Math.round).join(', ')}]`);
  await s.page.goto(`${s.server.origin}/scripts/bench/bench.html`);
  await s.page.waitForFunction(() => window.kbBench?.ready === true);
  await s.page.evaluate(() => window.kbBench.erase());
  await s.context.close();
  await s.server.close();
}
await browser.close();
