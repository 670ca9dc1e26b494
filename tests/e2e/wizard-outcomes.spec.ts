// The outcomes a principal must see: a public schoolyard in the evening goes to förvaltningen under the
// default policy; a camera in a changing room is blocked at once and nothing can be signed.
import { test, expect } from './fixtures';
import { FACADE_NIGHT, addCamera, field, fillMeasures, fillProblem, fillSchool, heading, newAssessment, next } from './wizard-support';
import { loadFixture, openImported } from './lifecycle-support';

test('a schoolyard camera in the evening leads to review by förvaltningen under the default policy', async ({ page }) => {
  test.setTimeout(120_000);
  // A public schoolyard filmed on weekday evenings (18–06) and weekend evenings (17–07), every step answered.
  await openImported(page, loadFixture('schoolyard-evening.json'));
  await expect(heading(page)).toHaveText('Granskning');
  await expect(page.locator('.outcome__verdict')).toHaveText('Till förvaltningen för prövning');
  await expect(page.locator('.outcome__explanation')).toContainText('Förvaltningen ska granska underlaget innan du beslutar');
  // The evening in the schoolyard is a warning the principal can answer; it is listed on the review.
  await expect(page.locator('#review-findings-title')).toBeVisible();
  await expect(page.locator('.findings-panel')).toContainText('Varning');

  // "Ändra" goes to the step and Nästa comes back to the review; the warning is answered on the way.
  await page.getByRole('button', { name: 'Ändra Kameror' }).click();
  await expect(heading(page)).toHaveText('Kameror');
  await page.getByRole('button', { name: 'Svara på frågorna Skolgården' }).click();
  const evening = page.locator('.field__messages .finding--warn').filter({ hasText: 'kvällen' });
  await evening.getByRole('textbox').fill('Skolgården är inhägnad och ingen leker där efter 18; tiderna börjar först då.');
  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  await page.getByRole('button', { name: 'Tillbaka till granskningen' }).click();
  await expect(heading(page)).toHaveText('Granskning');
  await expect(page.locator('.findings-panel .finding--warn').filter({ hasText: 'kvällen' })).toContainText('Ditt svar på varningen: Skolgården är inhägnad');

  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await expect(heading(page)).toHaveText('Beslut och underskrift');
  await expect(page.getByRole('heading', { name: 'Skriv under underlaget för förvaltningens prövning' })).toBeVisible();
  // Förvaltningen decides, so there are no per-camera verdicts to give.
  await expect(page.getByRole('heading', { name: 'Beslut per kamera' })).toHaveCount(0);
});

test('the public-place answer shows the policy note in the camera, and "osäker" gives guidance', async ({ page }) => {
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  await next(page);
  // No problem described yet: nothing to weigh other measures against, so no stop on the way to the cameras.
  await next(page);
  await page.getByRole('button', { name: 'Lägg till en kamera' }).click();
  await page.locator(`${field('cameras.0.publicAccess')}--unsure`).check();
  await expect(page.getByRole('heading', { name: 'Så avgör du om platsen är allmän' })).toBeVisible();
  await page.locator(`${field('cameras.0.publicAccess')}--yes`).check();
  await expect(page.getByText('skickas kameran till förvaltningen för granskning')).toBeVisible();
  await page.locator(`${field('cameras.0.publicAccess')}--no`).check();
  await expect(page.getByRole('heading', { name: 'Inte allmän plats: lokal bedömning' })).toBeVisible();
  await expect(page.getByText('skickas kameran till förvaltningen')).toHaveCount(0);
});

test('a camera in a changing room shows the block at once, and the review offers no sign-off', async ({ page }) => {
  test.setTimeout(120_000);
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  await fillProblem(page, 'Omklädningsrummet');
  await next(page);
  await fillMeasures(page);
  await next(page);
  await addCamera(page, 0, FACADE_NIGHT);
  await page.getByRole('button', { name: 'Lägg till en kamera' }).click();
  const area = page.locator(field('cameras.1.areaKind'));
  await area.selectOption('changingRoom');
  // At once, next to the answer and tied to it, and in the step's summary.
  const inline = page.locator('#f-cameras-1-areaKind-msg-0');
  await expect(inline).toContainText('Stoppar beslutet: Toaletter, duschar, omklädningsrum');
  await expect(area).toHaveAttribute('aria-describedby', /f-cameras-1-areaKind-msg-0/);
  await expect(area).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.findings-panel')).toContainText('1 hinder');
  // Said once to screen readers, after the principal pauses.
  await expect(page.locator('#wizard-findings-live')).toContainText('Stoppar beslutet: Toaletter', { timeout: 5000 });
  // The summary's link moves focus to the question that fixes it.
  await page.locator('.findings-panel').getByRole('button', { name: 'Gå till frågan' }).click();
  await expect(area).toBeFocused();

  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  await expect(page.locator('.repeating__item').nth(1)).toContainText('Kan inte godkännas');
  // Jump ahead is not offered: the stepper only reaches steps already seen.
  await expect(page.getByRole('navigation', { name: 'Steg i bedömningen' }).getByRole('button', { name: /Granska/ })).toHaveCount(0);
  for (let i = 0; i < 4; i++) await next(page);
  await expect(heading(page)).toHaveText('Granskning');
  await expect(page.locator('.outcome__verdict')).toHaveText('Kan inte godkännas');
  await expect(page.locator('.outcome__explanation')).toContainText('Kamera 2 får inte användas eftersom den filmar ett omklädningsrum');
  await expect(page.locator('.outcome')).toContainText('Inget – bedömningen kan inte skrivas under ännu');
  // The summary comes first: what stops the decision, with a link to the very question.
  const blocks = page.locator('.review-summary__part--block');
  await expect(blocks.getByRole('heading', { level: 3 })).toHaveText('1 svar stoppar beslutet');
  // Questions that do not apply are behind one switch.
  const toggle = page.getByLabel(/Visa frågor som inte gäller \(\d+\)/);
  await expect(page.locator('.answers__row--na')).toHaveCount(0);
  await toggle.check();
  await expect(page.locator('.answers__row--na').first()).toBeVisible();
  await blocks.getByRole('button').first().click();
  await expect(heading(page)).not.toHaveText('Granskning');
  await expect(area).toBeFocused();
  // The browser's Back returns to the review.
  await page.goBack();
  await expect(heading(page)).toHaveText('Granskning');
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await expect(page.getByRole('heading', { name: 'Bedömningen kan inte skrivas under ännu' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Skriv under/ })).toHaveCount(0);
});
