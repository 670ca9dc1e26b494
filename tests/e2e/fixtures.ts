// Shared e2e fixture: every test fails if a request leaves the app's origin or the CSP blocks something.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

export async function expectNoAxeViolations(page: Page, note = ''): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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
