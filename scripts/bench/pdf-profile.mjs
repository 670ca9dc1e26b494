// `node scripts/bench/pdf-profile.mjs [reference|stress]`: where the PDF's time goes, before anyone changes the
// generic PDF code (layout, table, wrap, fonts). Builds the bench page unminified (KB_PROFILE=1) so function
// names survive, renders the fixture in Chromium under the V8 CPU profiler and prints the functions with the
// most self time and the most total time, each with its file.
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium-path.mjs';
import { serve } from '../static-server.mjs';

const name = process.argv[2] ?? 'stress';
const RUNS = 5;
// The subset fonts are generated, not committed: without them the PDF fails with "font has no cmap table".
execSync('node scripts/build-fonts.mjs', { stdio: 'inherit' });
execSync('npx vite build --outDir dist-profile --emptyOutDir --logLevel warn', { stdio: 'inherit', env: { ...process.env, KB_BENCH: '1', KB_PROFILE: '1' } });
const server = await serve('dist-profile', 0);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--disable-gpu', '--disable-quic'] });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/scripts/bench/bench.html`);
  await page.waitForFunction(() => window.kbBench?.ready === true);
  await page.evaluate((n) => window.kbBench.pdf(n), name); // warm: chunks and fonts loaded, code compiled
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await page.evaluate((n) => window.kbBench.pdf(n), name)).ms);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${name}: ${times.map((t) => Math.round(t)).join(', ')} ms`);

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/assets\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  for (const [id, us] of dt) {
    const n = byId.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur));
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + us);
    }
  }
  const all = [...dt.values()].reduce((a, b) => a + b, 0);
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([l, us]) => `  ${(us / 1000 / RUNS).toFixed(1).padStart(7)} ms/run ${((100 * us) / all).toFixed(1).padStart(5)} %  ${l}`);
  console.log(`\nSelf time (per run, of ${(all / 1000 / RUNS).toFixed(0)} ms sampled per run):`);
  console.log(top(self, 25).join('\n'));
  console.log('\nTotal time (per run):');
  console.log(top(total, 40).join('\n'));
} finally {
  await browser.close();
  await server.close();
}
