// Lighthouse 12 on home, a wizard step and the review, in Debian's Chromium with the seeded database kept:
// once with Lighthouse's own `desktop` preset (lighthouse/core/config/desktop-config.js: desktop screen, dense
// 4G, no CPU slowdown) and once with its default, mobile (slow 4G, 4× CPU slowdown), both simulated throttling.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize } from './stats.mjs';

const PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const PRESETS = { desktop: desktopConfig, mobile: undefined };

/** `runs` Lighthouse runs per page and preset; scores are the median run's, with the spread of performance. */
export async function lighthouseScores(executablePath, origin, runs = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-lh-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    args: ['--disable-gpu', '--disable-quic', `--remote-debugging-port=${PORT}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/scripts/bench/bench.html`);
    await page.waitForFunction(() => window.kbBench?.ready === true);
    const [stepId] = await page.evaluate(() => window.kbBench.seed(1, 'school'));
    const [reviewId] = await page.evaluate(() => window.kbBench.seed(1, 'review'));
    const pages = { home: `${origin}/`, step: `${origin}/#/a/${stepId}`, review: `${origin}/#/a/${reviewId}` };
    const out = {};
    for (const [preset, config] of Object.entries(PRESETS)) {
      out[preset] = {};
      for (const [name, url] of Object.entries(pages)) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableStorageReset: true }, config);
          const { categories, audits } = result.lhr;
          results.push({
            ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
            fcp: audits['first-contentful-paint']?.numericValue ?? null,
            lcp: audits['largest-contentful-paint']?.numericValue ?? null,
            cls: audits['cumulative-layout-shift']?.numericValue ?? null,
            tbt: audits['total-blocking-time']?.numericValue ?? null,
            failingAudits: Object.values(audits)
              .filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
              .map((a) => a.id)
              .slice(0, 12),
          });
        }
        const sorted = [...results].sort((a, b) => a.performance - b.performance);
        out[preset][name] = { ...sorted[Math.floor((sorted.length - 1) / 2)], runs, performanceSpread: summarize(results.map((r) => r.performance)) };
        const r = out[preset][name];
        console.log(`  lighthouse ${preset} ${name}: ${CATEGORIES.map((c) => `${c} ${r[c]}`).join(', ')}, CLS ${r.cls?.toFixed(3)}`);
      }
    }
    return out;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
