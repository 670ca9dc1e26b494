// "Try other measures first": the stop when nothing was tried, with advice, a way to record why nothing
// can be tried, and save-and-return.
import { test, expect } from './fixtures';
import { field, fillProblem, fillSchool, heading, newAssessment, next } from './wizard-support';

test('leaving the measures with nothing tried stops at advice; a measure can be added from it, or a reason written', async ({ page }) => {
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  await fillProblem(page, 'Fasaden mot parken');
  await next(page);
  await expect(heading(page)).toHaveText('Andra åtgärder');

  await page.getByRole('button', { name: 'Nästa: Kameror' }).click();
  await expect(heading(page)).toHaveText('Pröva andra åtgärder först');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'Klotterskydd' })).toContainText('klotterskydd på fasaderna');

  // Adding a measure from the advice goes back to the form, on the question that matters next.
  await page.getByRole('button', { name: 'Lägg till som åtgärd Belysning' }).click();
  await expect(heading(page)).toHaveText('Andra åtgärder');
  await expect(page.locator(field('measures.items.0.kind'))).toHaveValue('lighting');
  await expect(page.locator(`${field('measures.items.0.tried')}--yes`)).toBeFocused();
  await expect(page.locator('#wizard-live')).toContainText('Belysning har lagts till som åtgärd');

  // Still not tried: the stop again; this time the principal writes why nothing can be tried.
  await page.locator(`${field('measures.items.0.tried')}--no`).check();
  await page.getByRole('button', { name: 'Nästa: Kameror' }).click();
  await expect(page.getByRole('button', { name: 'Fortsätt ändå till nästa steg' })).toBeVisible();
  await page.getByRole('button', { name: 'Fortsätt ändå till nästa steg' }).click();
  await expect(heading(page)).toHaveText('Pröva andra åtgärder först');
  await page.getByRole('button', { name: 'Skriv varför ingen åtgärd kan prövas' }).click();
  await expect(page.locator(field('measures.noneReason'))).toBeFocused();
  await expect(page.getByText('Skriv nedan varför ingen annan åtgärd kan prövas.')).toBeVisible();
  await page.keyboard.type('Fastighetsägaren tillåter inga ändringar av fasaden eller belysningen.');
  await page.locator(field('measures.items.0.whyNotPossible')).fill('Fastighetsägaren tillåter det inte.');
  await page.getByRole('button', { name: 'Nästa: Kameror' }).click();
  await expect(heading(page)).toHaveText('Kameror');
});

test('"Spara och fortsätt senare" on the advice goes home and the draft reopens there', async ({ page }) => {
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  // The advice comes once the problem is described, as the rule "nothing else tried" does.
  await fillProblem(page, 'Fasaden mot parken');
  await next(page);
  await page.getByRole('button', { name: 'Nästa: Kameror' }).click();
  await expect(heading(page)).toHaveText('Pröva andra åtgärder först');
  await page.getByRole('button', { name: 'Spara och fortsätt senare' }).click();
  await expect(heading(page)).toHaveText('Mina bedömningar');
  await page.getByRole('link', { name: /Lindängsskolan/ }).first().click();
  await expect(heading(page)).toHaveText('Andra åtgärder');
  await expect(page.locator('.wizard__doc')).toContainText('Lindängsskolan');
});
