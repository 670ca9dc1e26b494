// The first visit, measured in the real browser: every JS and CSS byte the page fetches until it is usable,
// and when it painted first (FCP) and became usable. Shared by `npm run size` (the budget) and `npm run bench`.
//
// "Usable" is the `kb:usable` performance mark the page sets itself: the app once its page has painted with no
// part still busy (src/ui/shell/usable.ts), the blank floor page after its first render (scripts/bench/floor/).
// A byte counts when its request started before that mark (Resource Timing), whatever chunk it came from:
// modulepreloads, dynamic imports and CSS alike. Sizes are the gzip (level 9) of each decoded body, so the
// figure does not depend on how the test server compresses. The service worker is registered after the mark,
// so its precache is not part of the first visit and is not counted.
import { gzipSync } from 'node:zlib';

export const USABLE_MARK = 'kb:usable';

const kindOf = (contentType) => (/javascript|ecmascript/.test(contentType) ? 'js' : /text\/css/.test(contentType) ? 'css' : null);

/**
 * Lets the page say when it is usable, through a binding instead of polling from here: Playwright's first
 * evaluation in a document injects its script (15–30 ms of the page's main thread), which landed between the
 * app's paint and its mark and so counted against whichever page was still painting. Paint timings are reported
 * a little after the frame, so the page reports once it has both the mark and its first contentful paint.
 * Returns `usable(navigate, timeout)`: runs `navigate` and resolves when the new document has reported.
 */
export async function watchUsable(page) {
  let report = () => undefined;
  await page.exposeFunction('kbUsableSeen', () => report());
  await page.addInitScript((mark) => {
    const seen = new Set();
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === mark || e.name === 'first-contentful-paint') seen.add(e.name);
      if (seen.size < 2) return;
      observer.disconnect();
      window.kbUsableSeen();
    });
    observer.observe({ type: 'mark', buffered: true });
    observer.observe({ type: 'paint', buffered: true });
  }, USABLE_MARK);
  return async (navigate, timeout = 30000) => {
    const seen = new Promise((resolve) => (report = resolve));
    let timer;
    const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`not usable within ${timeout} ms`)), timeout)));
    try {
      await navigate();
      await Promise.race([seen, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * One cold first visit of `url` in a fresh browser context (empty cache, empty storage).
 * Returns { fcp, usable } in ms from navigation start and the JS/CSS files fetched before usable.
 */
export async function firstVisit(browser, url, { timeout = 30000 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map();
  const pending = [];
  page.on('response', (response) => {
    const kind = kindOf(response.headers()['content-type'] ?? '');
    if (!kind || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => bodies.set(response.url(), { kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  const usable = await watchUsable(page);
  try {
    await usable(() => page.goto(url, { waitUntil: 'commit' }), timeout);
    const timing = await page.evaluate((mark) => {
      const usable = performance.getEntriesByName(mark)[0].startTime;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      const before = performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime <= usable)
        .map((r) => r.name);
      return { usable, fcp, before };
    }, USABLE_MARK);
    await Promise.all(pending);
    const files = timing.before
      .filter((u) => bodies.has(u))
      .map((u) => ({ file: new URL(u).pathname.replace(/^\//, ''), ...bodies.get(u) }));
    const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
    return { fcp: timing.fcp, usable: timing.usable, files, total };
  } finally {
    await context.close();
  }
}
