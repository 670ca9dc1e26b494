// `npm run screenshots`: every screen of the camera kind (sv) in docs/screenshots/camera-<n>-<step>.png at
// 1280×800 and camera-<n>-<step>-360.png at 360×740, from the imported night-time facade assessment, none
// scrolling sideways. 200 % zoom, forced colours and print go to the test's output folder (test-results/) for review.
// The other screens: screenshots-screens.spec.ts; the digital-service kind: screenshots-service.spec.ts.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { heading, saved } from './wizard-support';
import { loadFixture } from './lifecycle-support';
import { expectNoSidewaysScroll, importSeed, photograph } from './screens-support';

test.skip(process.env.SCREENSHOTS !== '1', 'only with SCREENSHOTS=1 (npm run screenshots)');

const STEPS = ['school', 'problem', 'measures', 'cameras', 'balancing', 'data', 'consultation', 'review', 'decision'] as const;
const FACADE = loadFixture('facade-night.json');

async function openStep(page: Page, step: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#/a/${FACADE.id}/${step}`);
  await expect(page).toHaveURL(new RegExp(`/${step}$`));
  await expect(heading(page)).toBeVisible();
  await saved(page);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kb.lang', 'sv'));
  await importSeed(page, { assessments: [FACADE] });
  // The one-time "ready offline" notice is not part of the wizard.
  await page.getByRole('button', { name: 'Stäng' }).click({ timeout: 5_000 }).catch(() => undefined);
});

test('every step of the camera kind at 1280 and 360 px', async ({ page }) => {
  test.setTimeout(180_000);
  for (const [n, step] of STEPS.entries()) {
    await openStep(page, step);
    if (step === 'school') await page.locator('details.why summary').first().click();
    if (step === 'decision') await page.getByRole('radio', { name: 'Godkänn bevakningen' }).first().check();
    await photograph(page, `camera-${n + 1}-${step}`);
    if (step === 'cameras') {
      await page.getByRole('button', { name: 'Svara på frågorna Kamera 1' }).click();
      await photograph(page, 'camera-4-cameras-editor');
      await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
    }
  }
  await saved(page);
});

test('the camera steps at 200 % zoom, in forced colours and in print', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const out = (name: string) => testInfo.outputPath(name);
  // 200 % zoom on a 1280×800 screen is a 640×400 CSS viewport: nothing may scroll sideways.
  await page.setViewportSize({ width: 640, height: 400 });
  for (const step of STEPS) {
    await openStep(page, step);
    await expectNoSidewaysScroll(page, `${step} at 200 %`);
    await page.screenshot({ path: out(`zoom200-${step}.png`), fullPage: true });
  }
  await openStep(page, 'cameras');
  await page.getByRole('button', { name: 'Svara på frågorna Kamera 2' }).click();
  await page.locator('#f-cameras-1-hours-preset--custom').check();
  await expectNoSidewaysScroll(page, 'camera editor with custom hours at 200 %');
  await page.screenshot({ path: out('zoom200-camera-editor.png'), fullPage: true });
  await page.locator('#f-cameras-1-hours-preset--facadePractice').check();
  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ forcedColors: 'active' });
  for (const step of STEPS) {
    await openStep(page, step);
    await page.screenshot({ path: out(`forced-${step}.png`) });
  }
  // The print view of the review: no navigation chrome, no buttons.
  await openStep(page, 'review');
  await page.emulateMedia({ forcedColors: 'none', media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Steg i bedömningen' })).toBeHidden();
  await page.screenshot({ path: out('print-review.png'), fullPage: true });
});
