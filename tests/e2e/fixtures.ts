// Shared e2e fixture: every test fails if a request leaves the app's origin or the CSP blocks something.
import { test as base, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

export const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

export function isOwnOrigin(url: string, origin = ORIGIN): boolean {
  return url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:');
}

export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (r) => {
        if (!isOwnOrigin(r.url())) foreign.push(r.url());
      });
      await use(foreign);
      expect(foreign, 'requests that left the app origin').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await use(violations);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// axe-core as @axe-core/playwright ships it. The scan runs axe.run in the page itself, injected once per document,
// and details only the violations: @axe-core/playwright's default re-injects the 0.5 MB script on every scan and
// finishes each run in a new blank tab, which made a scan about five times slower here. Same rules, same tags;
// the app has no frames, so nothing goes unscanned.
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

export async function expectNoAxeViolations(page: Page, note = ''): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations ${note}`).toEqual([]);
}

export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/** For looking at a screen while working on it: with DS_SHOTS=1, full-page PNGs of the page at 1280 and 360 px
 * wide into dir (which must exist), the viewport back at 1280 after; without it, nothing. */
export function shotsInto(dir: string): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    if (process.env.DS_SHOTS !== '1') return;
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
}
