// `npm run screenshots`: every step of the digital-service kind (sv) in docs/screenshots/service-<n>-<step>.png
// at 1280×800 and service-<n>-<step>-360.png at 360×740, from an imported validation of Google Workspace still
// to be decided, then the review and the step of a validation whose decision is registered; none scrolls sideways.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { importSeed, photograph, serviceFixture } from './screens-support';

test.skip(process.env.SCREENSHOTS !== '1', 'only with SCREENSHOTS=1 (npm run screenshots)');

const OPEN = serviceFixture('03-workspace-administration');
const DECIDED = serviceFixture('00-compliant-base', 'approve');

async function openStep(page: Page, id: string, step: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#/service/${encodeURIComponent(id)}/step/${step}`);
  await expect(page).toHaveURL(new RegExp(`/step/${step}$`));
  await expect(page.locator('h1.page-title')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('every step of the digital-service kind at 1280 and 360 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => localStorage.setItem('kb.lang', 'sv'));
  await importSeed(page, { services: [[OPEN, null], [DECIDED, '2026-11-20']] });
  await page.getByRole('button', { name: 'Stäng' }).click({ timeout: 5_000 }).catch(() => undefined);
  // The steps this validation shows (the platform step only for a service that builds on a platform).
  await openStep(page, OPEN.id, 'service');
  const hrefs = await page.locator('.kw-steps a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const steps = hrefs.map((h) => h.split('/step/')[1] ?? '');
  expect(steps.at(-1)).toBe('review');
  for (const [n, step] of steps.entries()) {
    await openStep(page, OPEN.id, step);
    await photograph(page, `service-${String(n + 1).padStart(2, '0')}-${step}`);
  }
  await openStep(page, DECIDED.id, 'service');
  await photograph(page, 'service-decided');
  await openStep(page, DECIDED.id, 'review');
  await photograph(page, 'service-decided-review');
});
