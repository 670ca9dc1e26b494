// The bound pages beside the floor (scripts/bench/bound/, built into dist-bound/): home's first-visit markup, as
// the app drew it, put in place by a floor-sized script under the app's stylesheet (markup.html), and the same
// page made to fetch and run the app's first chunk before it draws (markup-shell.html). They say how close to the
// floor home can come at all: the first needs none of the app's JavaScript, the second all of its first chunk.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { watchUsable } from '../first-visit.mjs';

/** Captures home from the app served at `appOrigin` (a first visit) and builds dist-bound/ from it and dist/. */
export async function buildBoundPages(browser, appOrigin) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const usable = await watchUsable(page);
    await usable(() => page.goto(`${appOrigin}/`, { waitUntil: 'commit' }));
    const markup = await page.evaluate(() => document.getElementById('app')?.innerHTML ?? '');
    // The app's first files, as index.html links them: its stylesheets and the chunks its entry imports.
    const index = readFileSync('dist/index.html', 'utf8');
    const linked = (rel) => [...index.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="/([^"]+)"`, 'g'))].map((m) => m[1]);
    const spec = { markup, css: linked('stylesheet'), shell: linked('modulepreload') };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/bound.json', JSON.stringify(spec));
    execSync('npx vite build --config scripts/bench/bound/vite.config.ts', { stdio: 'inherit', env: { ...process.env, KB_BOUND: 'test-results/bound.json' } });
    // Module scripts run in document order: the page's own script waits for the app's first chunk.
    const drawn = readFileSync('dist-bound/markup.html', 'utf8');
    const scripts = spec.shell.map((f) => `<script type="module" crossorigin src="/app/${basename(f)}"></script>`).join('');
    writeFileSync('dist-bound/markup-shell.html', drawn.replace('<title>Bound</title>', `<title>Bound</title>${scripts}`));
  } finally {
    await context.close();
  }
}
