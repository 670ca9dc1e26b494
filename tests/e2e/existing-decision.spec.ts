// Reviewing an existing decision: the second camera start on the choice of kind, the school step's question
// about what the cameras rest on today (an old IMY permit gets KB-I05's guidance), a camera entered in the
// review marked as already in use so a start before the decision does not block (KB-H14), and the review
// naming the earlier basis. Seeded by import where the path there is not what is tested.
import type { Page } from '@playwright/test';
import { emptyAssessment } from '../../src/assessments/camera/domain';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { field, heading, next, option, saved } from './wizard-support';
import { importOnHome } from './lifecycle-support';

const PERMIT_GUIDANCE = 'Ett gammalt tillstånd från IMY är ett underlag, inte en grund.';
const START_BLOCK = 'Bevakningen är planerad att börja före beslutsdagen.';

async function shot(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: `/tmp/existing2-shots/${name}-${width}.png`, fullPage: true });
}

/** Axe and a screenshot at the wide and the narrow width, ending wide. */
async function atBothWidths(page: Page, name: string): Promise<void> {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `(${name}, ${width} px)`);
    await shot(page, name, width);
  }
}

test('the review start and its school questions, axe-clean at 1280 and 360 px', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await expect(heading(page)).toHaveText('Vad vill du bedöma?');
  const existing = page.getByRole('button', { name: 'Vi har redan kameror – granska ett befintligt beslut' });
  await expect(existing).toHaveAccessibleDescription(/gammalt tillstånd från IMY/);
  await atBothWidths(page, 'choice');

  await existing.click();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  await expect(page.getByRole('radiogroup', { name: 'Vad bygger kamerorna på i dag?' })).toBeVisible();
  await page.locator(option('school.earlierBasis.kind', 'imyPermit')).check();
  // Under the question itself (the step's findings list repeats it).
  await expect(page.locator(`${field('school.earlierBasis.kind')}-msg-0`)).toContainText(PERMIT_GUIDANCE);
  await page.locator(field('school.earlierBasis.reference')).fill('DI-2019-1234');
  await page.locator(field('school.earlierBasis.date')).fill('2019-05-20');
  await page.locator(field('school.earlierBasis.date')).blur();
  await saved(page);
  await atBothWidths(page, 'school');
});

test('a camera already in use starts before the decision without a block, and the review names the earlier basis', async ({ page }) => {
  const a = { ...emptyAssessment('existing-1', new Date('2026-08-20T09:00:00Z'), true), step: 'cameras' as const };
  a.school = {
    ...a.school,
    schoolName: 'Lindängsskolan',
    decisionDate: '2026-09-01',
    plannedStart: '2020-01-15',
    earlierBasis: { kind: 'imyPermit', reference: 'DI-2019-1234', date: '2019-05-20' },
  };
  await page.goto('/');
  await importOnHome(page, [a]);
  await page.getByRole('link', { name: 'Öppna Lindängsskolan' }).click();
  await expect(heading(page)).toHaveText('Kameror');
  await page.getByRole('button', { name: 'Lägg till en kamera' }).click();
  const inUse = page.getByRole('checkbox', { name: 'Kameran används redan' });
  await expect(inUse).toBeChecked();
  await page.locator(field('cameras.0.location')).fill('Entrén');
  await page.locator(field('cameras.0.location')).blur();
  await saved(page);
  await shot(page, 'camera-editor', 1280);

  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  for (let step = 0; step < 4; step++) await next(page);
  await expect(heading(page)).toHaveText('Granskning');
  const main = page.locator('main');
  await expect(main.getByText('Tidigare grund för kamerorna').first()).toBeVisible();
  await expect(main.getByText('IMY-tillstånd', { exact: true }).first()).toBeVisible();
  await expect(main.getByText('DI-2019-1234').first()).toBeVisible();
  await expect(main.getByText(PERMIT_GUIDANCE).first()).toBeVisible();
  await expect(main.getByText(START_BLOCK)).toHaveCount(0);
  await shot(page, 'review', 1280);
});
