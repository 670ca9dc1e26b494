// The one date box: typed the Swedish way, said back in words, stored as ÅÅÅÅ-MM-DD, one error at most;
// in the wizard (the school step's decision date) and in the owner's decision dialog after signing.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { importOnHome, signedFixture } from './lifecycle-support';
import { field, newAssessment, saved } from './wizard-support';

const DATE = field('school.decisionDate');

async function axeAtBothWidths(page: Page, note: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `${note} at ${width} px`);
    await page.screenshot({ path: `/tmp/date-field-${note.replace(/\W+/g, '-')}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the decision date is typed as 4/12 2026, read back in words, stored as 2026-12-04 and kept after a reload', async ({ page }) => {
  await newAssessment(page);
  const box = page.locator(DATE);
  await box.click();
  await page.keyboard.type('4/12 2026');
  const understood = page.locator(`${DATE}-understood`);
  await expect(understood).toHaveText('Tolkat som fredag 4 december 2026');
  await expect(understood).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Tab');
  await expect(box).toHaveValue('2026-12-04');
  await saved(page);
  await box.scrollIntoViewIfNeeded();
  await axeAtBothWidths(page, 'wizard understood');

  await page.reload();
  await expect(box).toHaveValue('2026-12-04');
  await expect(understood).toHaveText('Tolkat som fredag 4 december 2026');
});

test('a date that does not exist gets one announced error, never "Saknas" beside it, and changes nothing', async ({ page }) => {
  await newAssessment(page);
  const box = page.locator(DATE);
  const question = page.locator('.field').filter({ has: box });
  await box.fill('31/4 2026');
  await page.keyboard.press('Tab');
  const error = question.getByRole('alert');
  await expect(error).toHaveText('Datumet går inte att läsa eller finns inte. Skriv till exempel 4/12 2026 eller 2026-12-04.');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveValue('31/4 2026');
  await expect(page.locator(`${DATE}-understood`)).toHaveText('');

  // Nästa with the required date still unanswered: the step lists the gap, the field still says one thing.
  await page.getByRole('button', { name: /^Nästa:/ }).click();
  await expect(page.getByRole('button', { name: 'Fortsätt ändå till nästa steg' })).toBeVisible();
  await expect(question.locator('.field__error')).toHaveCount(1);
  await expect(question.locator('.field__error')).toContainText('går inte att läsa');
  await box.scrollIntoViewIfNeeded();
  await axeAtBothWidths(page, 'wizard error');

  // Correcting it takes the error away at once.
  await box.fill('30/4 2026');
  await expect(question.locator('.field__error')).toHaveCount(0);
  await expect(page.locator(`${DATE}-understood`)).toHaveText('Tolkat som torsdag 30 april 2026');
});

test('the owner’s decision dialog takes "4 dec 2026" typed and sent with Enter', async ({ context }) => {
  await context.clock.setFixedTime(new Date('2026-12-10T09:00:00+01:00'));
  const school = 'Björkhagens skola';
  const sent = await signedFixture('schoolyard-evening.json', '2026-09-15T08:00:00.000Z', school);
  const page = await context.newPage();
  await page.goto('/');
  await importOnHome(page, [sent]);
  await page.getByRole('button', { name: `Registrera beslutet om ${school}` }).click();
  const dialog = page.getByRole('dialog', { name: /Registrera .* beslut – / });
  await dialog.getByRole('radio', { name: 'Huvudmannen' }).check();
  await dialog.getByRole('radio', { name: 'Godkänd' }).check();
  const box = dialog.getByLabel('Datum för beslutet');
  await expect(box).toHaveAttribute('type', 'text');
  await box.fill('');
  await box.pressSequentially('4 dec 2026');
  await expect(dialog.getByText('Tolkat som fredag 4 december 2026')).toBeVisible();
  await axeAtBothWidths(page, 'owner dialog');
  await box.press('Enter');
  await expect(page.getByText('Beslutet är registrerat: huvudmannen godkände bevakningen 4 december 2026.')).toBeVisible();
});
