// Measurements in the real browser against the built app (dist-bench: the app plus the bench harness page).
import { summarize, repeat } from './stats.mjs';
import { watchUsable } from '../first-visit.mjs';

const RUNS = 5;
const firstField = 'main input:not([type=hidden]), main textarea, main select';

async function harness(page, origin) {
  await page.goto(`${origin}/scripts/bench/bench.html`);
  await page.waitForFunction(() => window.kbBench?.ready === true);
}

/** Time from navigation to the first wizard field being ready for input, cold from the network. */
export async function loadFromNetwork(browser, origin) {
  const times = await repeat(RUNS, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await harness(page, origin);
    const [id] = await page.evaluate(() => window.kbBench.seed(1));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(`${origin}/#/a/${id}`);
    await page.locator(firstField).first().waitFor({ state: 'visible' });
    const ms = Date.now() - t0;
    await context.close();
    return ms;
  });
  return summarize(times);
}

/** The same, served by the service worker while the browser is offline. */
export async function loadOffline(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await harness(page, origin);
  const [id] = await page.evaluate(() => window.kbBench.seed(1));
  await page.goto(`${origin}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  const times = await repeat(RUNS, async () => {
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(`${origin}/#/a/${id}`);
    await page.locator(firstField).first().waitFor({ state: 'visible' });
    return Date.now() - t0;
  });
  await context.close();
  return summarize(times);
}

/** Input event to the change committed in IndexedDB, typed into the school name after idle. */
export async function autosaveLatency(browser, origin, samples = 20) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await harness(page, origin);
  const [id] = await page.evaluate(() => window.kbBench.seed(1));
  await page.goto(`${origin}/#/a/${id}`);
  // The school's name: a plain text field on the first step (src/ui/fields/paths.ts fieldId).
  const field = page.locator('#f-school-schoolName');
  await field.waitFor({ state: 'visible' });
  const times = [];
  for (let i = 0; i < samples; i++) {
    const marker = `bench-${i}-${Date.now()}`;
    await field.fill('');
    await page.waitForTimeout(1500); // idle: the previous save has landed
    const ms = await page.evaluate(
      async ({ marker, id }) => {
        const el = document.getElementById('f-school-schoolName');
        const read = () =>
          new Promise((resolve) => {
            const open = indexedDB.open('kamerabedomning');
            open.onsuccess = () => {
              const db = open.result;
              const get = db.transaction('assessments').objectStore('assessments').get(id);
              get.onsuccess = () => {
                db.close();
                resolve(JSON.stringify(get.result ?? ''));
              };
              get.onerror = () => resolve('');
            };
            open.onerror = () => resolve('');
          });
        const t0 = performance.now();
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
        setter.call(el, marker);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        for (;;) {
          if ((await read()).includes(marker)) return performance.now() - t0;
          if (performance.now() - t0 > 10000) return Number.NaN;
          await new Promise((r) => setTimeout(r, 10));
        }
      },
      { marker, id },
    );
    times.push(ms);
  }
  await context.close();
  return summarize(times.filter((t) => Number.isFinite(t)));
}

/** PDF generation time, the peak JS heap while it runs, and the file's size and pages. */
export async function pdfFigures(browser, origin, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await harness(page, origin);
  const cdp = await context.newCDPSession(page);
  await page.evaluate((n) => window.kbBench.pdf(n), name); // warm: the jsPDF chunk and fonts are loaded once
  const times = [];
  const peaks = [];
  let file = { bytes: 0, pages: 0 };
  for (let i = 0; i < RUNS; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const { ms, bytes, pages } = await page.evaluate((n) => window.kbBench.pdf(n), name);
    file = { bytes, pages };
    sampling = false;
    await sampler;
    times.push(ms);
    peaks.push(peak);
    if (i === 0) console.log(`  ${name}: ${Math.round(ms)} ms, ${bytes} bytes, ${pages} pages`);
  }
  await context.close();
  return { time: summarize(times), peakHeapMiB: summarize(peaks.map((b) => b / 1048576)), ...file };
}

/**
 * From navigation start to the page painted with nothing busy (the app's `kb:usable` mark, src/ui/shell/usable.ts,
 * set in the task after that frame), RUNS times on fresh documents; the page must show at least one `rows`
 * element then (a windowed list paints only what is on screen, never just its loading state).
 */
async function paintedRuns(page, url, rows, what) {
  const usable = await watchUsable(page);
  return repeat(RUNS, async () => {
    await page.goto('about:blank');
    await usable(() => page.goto(url, { waitUntil: 'commit' }), 60000);
    const { ms, shown } = await page.evaluate((selector) => ({
      ms: performance.getEntriesByName('kb:usable')[0].startTime,
      shown: document.querySelectorAll(selector).length,
    }), rows);
    if (shown === 0) throw new Error(`${what} was usable with nothing listed`);
    return ms;
  });
}

/**
 * With 1,000 signed assessments stored (two cameras each): the register painted from navigation start (the
 * `kb:usable` mark, as for home), and its CSV, from the click to the file handed to the browser.
 */
export async function registerFigures(browser, origin, count = 1000) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await harness(page, origin);
  await page.evaluate((n) => window.kbBench.seedSigned(n), count);
  const painted = await paintedRuns(page, `${origin}/#/forteckning`, 'main tbody tr', `the register of ${count}`);
  let csvBytes = 0;
  const csv = await repeat(RUNS, async () => {
    const button = page.getByRole('button', { name: /CSV/ });
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const ms = Date.now() - t0;
    const path = await download.path();
    csvBytes = (await import('node:fs')).statSync(path).size;
    return ms;
  });
  await harness(page, origin);
  await page.evaluate(() => window.kbBench.erase());
  await context.close();
  return { painted: summarize(painted), csv: summarize(csv), csvBytes };
}

/** With 1,000 assessments stored: render the home list, open one, export and import them all. */
export async function scaleFigures(browser, origin, count = 1000) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await harness(page, origin);
  await page.evaluate((n) => window.kbBench.seed(n), count);
  const list = await paintedRuns(page, `${origin}/`, 'main [data-assessment-id]', `home with ${count} assessments`);
  const open = await repeat(RUNS, async (i) => {
    await page.goto(`${origin}/`);
    const row = page.locator('main [data-assessment-id]').nth(i * 7);
    await row.waitFor();
    const link = row.getByRole('link').first();
    const t0 = Date.now();
    await link.click();
    await page.locator(firstField).first().waitFor({ state: 'visible' });
    return Date.now() - t0;
  });
  await harness(page, origin);
  const rounds = await repeat(RUNS, () => page.evaluate(() => window.kbBench.exportImport()));
  if (rounds.some((r) => r.count !== count)) throw new Error(`export/import lost assessments: ${rounds.map((r) => r.count)}`);
  await page.evaluate(() => window.kbBench.erase());
  await context.close();
  return {
    homeList: summarize(list),
    openOne: summarize(open),
    export: summarize(rounds.map((r) => r.exportMs)),
    import: summarize(rounds.map((r) => r.importMs)),
    exportPlusImport: summarize(rounds.map((r) => r.exportMs + r.importMs)),
    backupBytes: rounds[0].bytes,
  };
}
