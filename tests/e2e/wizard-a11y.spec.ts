// axe finds nothing on any step of the wizard: with findings visible, with a dialog open, with the gap
// summary showing, and in both languages (English on an imported, filled assessment).
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
  FACADE_NIGHT,
  addCamera,
  field,
  fillBalancing,
  fillConsultation,
  fillData,
  fillMeasures,
  fillProblem,
  fillSchool,
  heading,
  newAssessment,
  next,
} from './wizard-support';
import { loadFixture, openImported } from './lifecycle-support';

test('every step of the wizard has no axe violations in Swedish, with gaps, a dialog and findings shown', async ({ context }) => {
  test.setTimeout(240_000);
  const page = await context.newPage();
  await newAssessment(page);
  await expectNoAxeViolations(page, '(school, empty)');
  // The gap summary and the missing-answer messages at their fields.
  await page.getByRole('button', { name: /^Nästa:/ }).click();
  await expect(page.locator('#gap-summary')).toBeFocused();
  await expectNoAxeViolations(page, '(school, gaps shown)');
  await fillSchool(page);
  await page.locator('details.why summary').first().click();
  await expectNoAxeViolations(page, '(school, filled, help open)');
  await next(page);

  await fillProblem(page, 'Idrottshallens södra fasad');
  await expectNoAxeViolations(page, '(problem)');
  // A dialog: removing an incident asks first.
  await page.getByRole('button', { name: 'Ta bort Händelse 3' }).click();
  await expect(page.getByRole('dialog', { name: 'Ta bort Händelse 3?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoAxeViolations(page, '(problem, dialog open)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ta bort Händelse 3' })).toBeFocused();
  await next(page);

  // Nothing tried: the "try other measures first" stop.
  await page.getByRole('button', { name: /^Nästa:/ }).click();
  await expect(heading(page)).toHaveText('Pröva andra åtgärder först');
  await expectNoAxeViolations(page, '(measures, try first)');
  await page.getByRole('button', { name: 'Tillbaka till åtgärderna' }).click();
  await fillMeasures(page);
  await expectNoAxeViolations(page, '(measures)');
  await next(page);

  await expectNoAxeViolations(page, '(cameras, empty list)');
  await addCamera(page, 0, FACADE_NIGHT);
  // Findings visible: a second camera in a changing room, with sound, in school hours.
  await page.getByRole('button', { name: 'Lägg till en kamera' }).click();
  await page.locator(field('cameras.1.areaKind')).selectOption('changingRoom');
  await page.locator(`${field('cameras.1.sound')}--yes`).check();
  await page.locator(`${field('cameras.1.hours.preset')}--always`).check();
  await page.locator(`${field('cameras.1.publicAccess')}--unsure`).check();
  await expect(page.locator('.findings-panel .finding--block')).toHaveCount(2);
  await expectNoAxeViolations(page, '(camera editor, findings visible)');
  await page.locator(`${field('cameras.1.hours.preset')}--custom`).check();
  await page.getByRole('button', { name: 'Lägg till tidsfönster' }).click();
  await expectNoAxeViolations(page, '(camera editor, custom hours)');
  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  await expectNoAxeViolations(page, '(cameras, list with findings)');
  await page.getByRole('button', { name: 'Ta bort Kamera 2' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.locator('.repeating__item')).toHaveCount(1);
  await next(page);

  await fillBalancing(page);
  await expectNoAxeViolations(page, '(balancing)');
  await next(page);
  await fillData(page);
  await page.locator(field('data.retentionHours')).fill('400');
  // A typed answer's finding shows when the field is left, not while typing.
  await page.locator(field('data.retentionHours')).blur();
  await expect(page.locator('#f-data-retentionHours-msg-0')).toBeVisible();
  await expectNoAxeViolations(page, '(data, warnings visible)');
  await next(page);
  await fillConsultation(page, false);
  await expectNoAxeViolations(page, '(consultation)');
  await next(page);
  await expectNoAxeViolations(page, '(review)');
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await expect(page.getByRole('heading', { name: 'Skriv under beslutet' })).toBeVisible();
  await expectNoAxeViolations(page, '(decision with sign-off)');
});

test('every step of a filled assessment has no axe violations in English, also at 200 % zoom', async ({ page }) => {
  test.setTimeout(180_000);
  // Every step answered (the Swedish test above fills them by hand); English reached from the decision step.
  await openImported(page, loadFixture('facade-night.json'));
  await expect(heading(page)).toHaveText('Granskning');
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await expect(page.getByRole('heading', { name: 'Skriv under beslutet' })).toBeVisible();

  // English: every step again, reached through the stepper.
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(heading(page)).toHaveText('Decision and signature');
  await expectNoAxeViolations(page, '(decision, en)');
  const stepper = page.getByRole('navigation', { name: 'Steps of the assessment' });
  for (const name of ['School and responsibility', 'Problem and purpose', 'Other measures', 'Cameras', 'Balancing of interests', 'Handling of personal data', 'Consultation and information', 'Review']) {
    await stepper.getByRole('button', { name: new RegExp(name) }).click();
    await expect(heading(page)).toHaveText(name);
    await expectNoAxeViolations(page, `(${name}, en)`);
  }

  // 200 % zoom: the steps fold behind one line.
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(page.locator('.stepper__fold')).toBeVisible();
  await page.locator('.stepper__fold > summary').click();
  await expectNoAxeViolations(page, '(review, en, 200 %, steps unfolded)');
});
