// Phone and narrow windows: at 360×740 (and so at 200 % zoom on a 720 px wide window) no screen scrolls
// sideways: home, every step of a filled assessment, the review, the register, settings and verify. Axe runs on
// each at that width too. With SHOTS=1 each screen is also saved at 360 and at 1280 px wide (test-results/).
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { heading, saved } from './wizard-support';
import { loadFixture, openImported } from './lifecycle-support';

const STEPS = ['school', 'problem', 'measures', 'cameras', 'balancing', 'data', 'consultation', 'review', 'decision'] as const;

/** The page is no wider than the window; on failure, the elements that stick out, to fix. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(result.scrollWidth, `${what} scrolls sideways: ${result.wide.join(', ')}`).toBeLessThanOrEqual(result.clientWidth);
}

async function shoot(page: Page, name: string, out: (n: string) => string): Promise<void> {
  if (process.env.SHOTS !== '1') return;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out(`${name}-360.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: out(`${name}-1280.png`) });
  await page.setViewportSize({ width: 360, height: 740 });
}

async function check(page: Page, name: string, out: (n: string) => string): Promise<void> {
  await expectNoSidewaysScroll(page, name);
  await expectNoAxeViolations(page, `${name} at 360 px`);
  await shoot(page, name, out);
}

test.use({ viewport: { width: 360, height: 740 } });

test('every step of a filled assessment fits a 360 px wide window without sideways scrolling', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const out = (name: string) => testInfo.outputPath(name);

  // Two facade cameras, every step answered (wizard-keyboard and wizard-reload fill them by hand).
  await openImported(page, loadFixture('facade-night.json'));
  await expect(heading(page)).toHaveText('Granskning');
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await saved(page);
  const id = /#\/a\/([^/]+)/.exec(page.url())![1]!;
  for (const step of STEPS) {
    await page.evaluate((hash) => (location.hash = hash), `#/a/${id}/${step}`);
    await expect(page).toHaveURL(new RegExp(`/${step}$`));
    await expect(heading(page)).toBeVisible();
    await check(page, `step-${step}`, out);
    // The folded step list, opened.
    if (step === 'school') {
      await page.locator('.stepper__fold > summary').click();
      await expectNoSidewaysScroll(page, 'the step list, open');
      await shoot(page, 'stepper-open', out);
      await page.locator('.stepper__fold > summary').click();
    }
    if (step === 'cameras') {
      await page.getByRole('button', { name: 'Svara på frågorna Kamera 1' }).click();
      await check(page, 'camera-editor', out);
      await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
    }
  }
  await saved(page);
});

test('home, register, settings and verify fit a 360 px wide window', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const out = (name: string) => testInfo.outputPath(name);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check(page, 'home-empty', out);
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  // The choice of kind is loaded on demand: scan it once it is on screen.
  await expect(page.getByRole('button', { name: 'Kamerabevakning' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check(page, 'new-kind-choice', out);
  await page.getByRole('button', { name: 'Kamerabevakning' }).click();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  await saved(page);
  for (const [name, hash] of [
    ['home', '#/'],
    ['register', '#/forteckning'],
    ['settings', '#/installningar'],
    ['verify', '#/verifiera'],
  ] as const) {
    await page.evaluate((h) => (location.hash = h), hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await check(page, name, out);
  }
});
