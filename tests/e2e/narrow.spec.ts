// Phone and narrow windows: at 360×740 (and so at 200 % zoom on a 720 px wide window) no screen scrolls sideways
// and axe finds nothing, in Swedish and in English: home, settings, verify, a step and the review of each kind,
// the camera register and the service register, each with content. In Swedish also every camera step, the
// camera editor and the choice of kind fit, and the open step list passes axe. The pictures: `npm run screenshots`.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { heading, saved } from './wizard-support';
import { loadFixture, signedFixture } from './lifecycle-support';
import { NARROW, expectNoSidewaysScroll, importSeed, openHash, serviceFixture } from './screens-support';

const FACADE = loadFixture('facade-night.json');
const SERVICE = serviceFixture('03-workspace-administration');
const CAMERA_STEPS = ['school', 'problem', 'measures', 'cameras', 'balancing', 'data', 'consultation', 'review', 'decision'] as const;

async function check(page: Page, name: string): Promise<void> {
  await expectNoSidewaysScroll(page, `${name} at 360 px`);
  await expectNoAxeViolations(page, `${name} at 360 px`);
}

/** A draft and a signed camera assessment, a decided service and one still open; the window 360 px wide. */
async function seed(page: Page): Promise<void> {
  const signed = await signedFixture('reference-8-cameras.json', '2026-11-20T10:00:00.000Z', 'Björkhagaskolan');
  await importSeed(page, { assessments: [FACADE, signed], services: [[SERVICE, null], [serviceFixture('00-compliant-base', 'approve'), '2026-11-01']] });
  await page.setViewportSize(NARROW);
}

async function openCameraStep(page: Page, step: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#/a/${FACADE.id}/${step}`);
  await expect(page).toHaveURL(new RegExp(`/${step}$`));
  await expect(heading(page)).toBeVisible();
}

/** Every camera step and the camera editor (sideways scroll only; axe runs on them at full width in
 * wizard-a11y), and the folded step list, open (only narrow windows have it), which alone says "Steg n av 9". */
async function everyCameraStep(page: Page): Promise<void> {
  for (const step of CAMERA_STEPS) {
    await openCameraStep(page, step);
    await expectNoSidewaysScroll(page, `step ${step}`);
    // The folded step list says which step this is; the page says it once, not again under the heading.
    await expect(page.getByText(/Steg \d av \d/).filter({ visible: true })).toHaveCount(1);
    if (step === 'school') {
      await page.locator('.stepper__fold > summary').click();
      await check(page, 'the step list, open');
      await page.locator('.stepper__fold > summary').click();
    }
    if (step === 'cameras') {
      await page.getByRole('button', { name: 'Svara på frågorna Kamera 1' }).click();
      await expectNoSidewaysScroll(page, 'camera editor');
      await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
    }
  }
  await saved(page);
  await openHash(page, '#/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await expect(page.getByRole('button', { name: 'Kamerabevakning' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'choice of kind');
}

for (const lang of ['sv', 'en'] as const) {
  test(`home, settings, verify, both registers and a step and the review of each kind fit 360 px (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await seed(page);
    if (lang === 'en') await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const [name, hash] of [
      ['home', '#/'],
      ['settings', '#/installningar'],
      ['verify', '#/verifiera'],
      ['camera register', '#/forteckning'],
      ['service register', '#/tjanster'],
      ['camera step', `#/a/${FACADE.id}/school`],
      ['camera review', `#/a/${FACADE.id}/review`],
      ['service step', `#/service/${SERVICE.id}/step/service`],
      ['service review', `#/service/${SERVICE.id}/step/review`],
    ] as const) {
      await openHash(page, hash);
      await page.waitForLoadState('networkidle');
      await check(page, `${name} (${lang})`);
    }
    if (lang === 'sv') await everyCameraStep(page);
  });
}
