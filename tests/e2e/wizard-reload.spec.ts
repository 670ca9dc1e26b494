// Reloading the page on any step brings the principal back to the same step with every answer there.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FACADE_NIGHT, addCamera, field, fillBalancing, fillConsultation, fillData, fillMeasures, fillProblem, fillSchool, heading, newAssessment, next, saved } from './wizard-support';

async function reloadAndCheck(page: Page, title: string, answers: Record<string, string>): Promise<void> {
  await saved(page);
  await page.reload();
  await expect(heading(page)).toHaveText(title);
  for (const [path, value] of Object.entries(answers)) await expect(page.locator(field(path)), path).toHaveValue(value);
}

test('reloading on every step returns to that step with every answer present', async ({ page }) => {
  test.setTimeout(150_000);
  await newAssessment(page);
  await fillSchool(page);
  await reloadAndCheck(page, 'Skola och ansvar', {
    'school.ownerName': 'Utbildningsnämnden i Exempelstad',
    'school.youngestPupilAge': '6',
    'school.schoolDay.from': '08:00',
    'school.decisionDate': '2026-11-20',
  });
  await expect(page.locator(`${field('school.ownerType')}--municipal`)).toBeChecked();

  await next(page);
  await fillProblem(page, 'Idrottshallens södra fasad');
  await reloadAndCheck(page, 'Problem och syfte', {
    'problem.purpose': 'Förebygga skadegörelse och kunna utreda den.',
    'problem.incidents.2.date': '2026-10-28',
    'problem.incidents.1.type': 'vandalism',
  });

  await next(page);
  await fillMeasures(page);
  await reloadAndCheck(page, 'Andra åtgärder', { 'measures.items.0.kind': 'lighting', 'measures.items.0.result': 'Något färre händelser.' });

  await next(page);
  await addCamera(page, 0, FACADE_NIGHT);
  await reloadAndCheck(page, 'Kameror', {});
  await expect(page.locator('.repeating__item').first()).toContainText('Idrottshallens södra fasad');
  await page.getByRole('button', { name: 'Svara på frågorna Kamera 1' }).click();
  await expect(page.locator(field('cameras.0.fieldOfView'))).toHaveValue('Den del av platsen där händelserna har skett.');
  await expect(page.locator(`${field('cameras.0.hours.preset')}--facadePractice`)).toBeChecked();
  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();

  await next(page);
  await fillBalancing(page);
  // Typing and reloading at once: the text still reaches the document.
  await page.locator(field('balancing.reasoning')).fill('Skrivet precis före omladdningen.');
  await reloadAndCheck(page, 'Intresseavvägning', { 'balancing.interest': 'Tre polisanmälda händelser på tre månader.', 'balancing.reasoning': 'Skrivet precis före omladdningen.' });

  await next(page);
  await fillData(page);
  await reloadAndCheck(page, 'Hantering av personuppgifter', { 'data.retentionHours': '72', 'data.accessRoles.0.role': 'Rektor' });
  await expect(page.locator(`${field('data.legalBasis')}--6-1e`)).toBeChecked();

  await next(page);
  await fillConsultation(page, false);
  await reloadAndCheck(page, 'Samråd och information', { 'consultation.dpiaReference': 'UN 2026/1200' });

  await next(page);
  await reloadAndCheck(page, 'Granskning', {});
  await expect(page.locator('.outcome__verdict')).toHaveText('Rektor kan besluta');

  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await page.locator(field('decision.registryNumber')).fill('UN 2026/1234');
  await reloadAndCheck(page, 'Beslut och underskrift', { 'decision.registryNumber': 'UN 2026/1234', 'decision.nextReviewDate': '2027-11-20' });

  // Back through the steps: the earliest answers are still there.
  await page.getByRole('navigation', { name: 'Steg i bedömningen' }).getByRole('button', { name: /Skola och ansvar/ }).click();
  await expect(page.locator(field('school.schoolName'))).toHaveValue('Lindängsskolan');
});
