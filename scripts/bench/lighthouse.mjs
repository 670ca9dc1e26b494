// Lighthouse 12 on home, a wizard step and the review, in Debian's Chromium with the seeded database kept.
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(executablePath, origin) {
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
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(url, {
        port: PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        disableStorageReset: true,
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'simulate',
      });
      const cats = result.lhr.categories;
      out[name] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)]));
      const failing = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      out[name].failingAudits = failing.slice(0, 12);
      console.log(`  lighthouse ${name}: ${CATEGORIES.map((c) => `${c} ${out[name][c]}`).join(', ')}`);
    }
    return out;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
