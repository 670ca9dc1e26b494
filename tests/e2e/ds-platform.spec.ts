// Reusing a platform validation through the UI: a school validation starts from the förvaltning's file,
// shows the inherited answers read-only with their source, and a newer version of the platform validation
// read on the register flags it "Behöver granskas" there and on its review page.
import { writeFileSync } from 'node:fs';
import { platformPackage } from '../../src/assessments/digital-service/inherit';
import type { ServiceDoc } from '../../src/assessments/digital-service/schema';
import { serviceFixture } from '../support/service-fixture';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, shotsInto } from './fixtures';

const shot = shotsInto('/tmp/dsreuse');

function platformDoc(dpaRef: string): ServiceDoc {
  const d = serviceFixture('05-swedish-lms');
  return { ...d, id: 'platform-lms', roles: { ...d.roles, ownerName: 'Utbildningsförvaltningen' }, contract: { ...d.contract, dpaRef }, decision: { ...d.decision, level: 'administration', verdict: 'approve' } };
}

async function packageFile(name: string, dpaRef: string, decidedOn: string): Promise<string> {
  const path = test.info().outputPath(name);
  writeFileSync(path, JSON.stringify(await platformPackage(platformDoc(dpaRef), decidedOn, new Date())));
  return path;
}

/** A new school validation "Lärplattformen i åk 4" that starts from the platform validation in `file`. */
async function startOnPlatform(page: Page, file: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await page.getByRole('button', { name: 'Validering av digital tjänst' }).click();
  await expect(page).toHaveURL(/#\/service\/[^/]+\/step\/service$/);
  await page.getByRole('textbox', { name: 'Vad heter tjänsten?', exact: true }).fill('Lärplattformen i åk 4');
  await expect(page.getByRole('textbox', { name: 'Vem levererar tjänsten?', exact: true })).toBeVisible();
  await page.getByLabel('Utgå från en plattformsvalidering').setInputFiles(file);
}

test('a school validation inherits a platform validation, and a newer version flags it for review', async ({ page }) => {
  test.setTimeout(120_000);
  const first = await packageFile('platform-v1.json', 'Dnr 2026/1', '2026-06-01');
  const second = await packageFile('platform-v2.json', 'Dnr 2027/1', '2027-01-10');
  const platformName = platformDoc('').service.name;

  await startOnPlatform(page, first);
  await expect(page.getByRole('status').filter({ hasText: `Valideringen bygger nu på plattformsvalideringen ${platformName}.` })).toBeVisible();
  await expect(page.getByText(`Bygger på plattformsvalideringen ${platformName} från Utbildningsförvaltningen`)).toBeVisible();
  // The vendor is the platform's now: shown read-only with its source, no longer a field to type in.
  const inherited = page.getByRole('region', { name: 'Från plattformsvalideringen' });
  await expect(inherited.getByText(platformDoc('').service.vendor)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Vem levererar tjänsten?', exact: true })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Vad heter tjänsten?', exact: true })).toHaveValue('Lärplattformen i åk 4');
  await expect(page.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible({ timeout: 10_000 });
  await expectNoAxeViolations(page, '(service step, inherited)');
  await shot(page, 'service-inherited');
  const id = /#\/service\/([^/]+)\//.exec(page.url())?.[1] ?? '';

  await page.goto('/#/tjanster');
  const row = page.getByRole('row').filter({ hasText: 'Lärplattformen i åk 4' });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText('Behöver granskas');
  await page.getByLabel('Läs in en ny version av en plattformsvalidering').setInputFiles(second);
  await expect(page.getByRole('status').filter({ hasText: `${platformName}: 1 validering behöver granskas.` })).toBeVisible();
  await expect(row).toContainText('Behöver granskas');
  await expectNoAxeViolations(page, '(register, flagged)');
  await shot(page, 'register-flagged');

  await page.goto(`/#/service/${id}/step/review`);
  await expect(page.getByRole('heading', { name: 'Behöver granskas' })).toBeVisible();
  await expect(page.getByText(`Det finns en nyare version av plattformsvalideringen ${platformName}`)).toBeVisible();
  await expectNoAxeViolations(page, '(review, flagged)');
  await shot(page, 'review-flagged');

  // Starting from the new version takes its answers over and clears the flag.
  await page.goto(`/#/service/${id}/step/service`);
  await page.getByLabel('Utgå från en ny version av plattformsvalideringen').setInputFiles(second);
  await expect(page.getByRole('status').filter({ hasText: 'Valideringen bygger nu på' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible({ timeout: 10_000 });
  await page.goto('/#/tjanster');
  await expect(page.getByRole('row').filter({ hasText: 'Lärplattformen i åk 4' })).not.toContainText('Behöver granskas');
});

test('a newer platform version read on a register opened earlier keeps what was changed in another tab since', async ({ context }) => {
  const first = await packageFile('platform-v1.json', 'Dnr 2026/1', '2026-06-01');
  const second = await packageFile('platform-v2.json', 'Dnr 2027/1', '2027-01-10');
  const editing = await context.newPage();
  await startOnPlatform(editing, first);
  await expect(editing.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible({ timeout: 10_000 });
  const register = await context.newPage();
  await register.goto('/#/tjanster');
  await expect(register.getByRole('row').filter({ hasText: 'Lärplattformen i åk 4' })).toBeVisible();

  // After the register read its list, the validation is changed in the other tab.
  const purpose = editing.getByRole('textbox', { name: 'Vad ska tjänsten användas till?', exact: true });
  await purpose.fill('Lärplattform för åk 4–6.');
  await expect(editing.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible({ timeout: 10_000 });

  await register.getByLabel('Läs in en ny version av en plattformsvalidering').setInputFiles(second);
  await expect(register.getByRole('status').filter({ hasText: '1 validering behöver granskas.' })).toBeVisible();
  await editing.reload();
  await expect(purpose).toHaveValue('Lärplattform för åk 4–6.');
  await editing.goto(editing.url().replace(/step\/service$/, 'step/review'));
  await expect(editing.getByRole('heading', { name: 'Behöver granskas' })).toBeVisible();
});
