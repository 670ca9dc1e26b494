// Omvalidering through the UI: a validation is decided, re-validated because of new terms (a new version
// pre-filled from the decided one), the review shows what changed since the last decision, and once the new
// version is decided the register holds it alone, with its version and trigger.
import { readFileSync } from 'node:fs';
import { evaluate } from '../../src/assessments/digital-service/evaluate';
import type { ServiceDoc } from '../../src/assessments/digital-service/schema';
import { isoDateOf } from '../../src/engine/dates';
import { serviceFixture } from '../support/service-fixture';
import { test, expect, expectNoAxeViolations, shotsInto } from './fixtures';
import { importServicesOnHome } from './lifecycle-support';
import { saved } from './wizard-support';

const shot = shotsInto('/tmp/dsreval');

/** The compliant base scenario with every answer given and an approval chosen, not yet decided. */
function validation(): ServiceDoc {
  const doc = serviceFixture('00-compliant-base');
  const verdict = evaluate(doc, isoDateOf(new Date())).verdicts.find((v) => v.startsWith('approve'));
  if (!verdict) throw new Error('the base scenario should be approvable');
  return { ...doc, decision: { ...doc.decision, verdict, nextReview: '' } };
}

test('a decided validation is re-validated for new terms, shows what changed, and the decided v2 replaces v1 in the register', async ({ page }) => {
  test.setTimeout(120_000);
  const v1 = validation();
  await importServicesOnHome(page, [{ doc: v1, decidedOn: null }]);

  await page.goto(`/#/service/${v1.id}/step/review`);
  await page.getByRole('button', { name: 'Registrera beslutet i förteckningen' }).click();
  await expect(page.getByText(/Beslutet registrerades/)).toBeVisible();
  const reval = page.getByRole('region', { name: 'Omvalidering' });
  await expect(reval).toContainText('Nästa omvalidering:');
  const [ics] = await Promise.all([page.waitForEvent('download'), reval.getByRole('button', { name: 'Påminnelse i kalendern (.ics)' }).click()]);
  const calendar = readFileSync(await ics.path(), 'utf8');
  expect(calendar).toContain(`SUMMARY:Omvalidering av ${v1.service.name}`);
  expect(calendar).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
  await expectNoAxeViolations(page, '(review, decided, re-validation offered)');
  await shot(page, 'review-decided');

  // Keyboard only: the trigger is a radio group, the start a button.
  await reval.getByRole('radiogroup', { name: 'Varför valideras tjänsten om?' }).or(reval.getByRole('group', { name: 'Varför valideras tjänsten om?' })).getByRole('radio', { name: 'Nya villkor' }).check();
  await reval.getByRole('button', { name: 'Starta omvalidering' }).click();
  await expect(page).toHaveURL(/#\/service\/[^/]+\/step\/service$/);
  const v2 = /#\/service\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  expect(v2).not.toBe(v1.id);
  const edition = page.getByRole('textbox', { name: 'Vilken version och vilka villkor gäller?', exact: true });
  await expect(edition).toHaveValue(v1.service.edition); // pre-filled from the decided version
  await edition.fill('Villkor 2027-01-15');
  await saved(page);

  await page.goto(`/#/service/${v2}/step/review`);
  const changes = page.getByRole('region', { name: 'Ändringar sedan förra beslutet' });
  await expect(changes).toContainText('Version 2: Nya villkor.');
  const row = changes.getByRole('row', { name: /Vilken version och vilka villkor gäller\?/ });
  await expect(row).toContainText(v1.service.edition);
  await expect(row).toContainText('Villkor 2027-01-15');
  await expect(changes.getByRole('row')).toHaveCount(2); // the header and the one change: the decision itself is not a change
  await expectNoAxeViolations(page, '(review of version 2 with changes)');
  await shot(page, 'review-v2-changes');

  // The decision is made anew: verdict and reasons on the decision step, then recorded.
  await page.goto(`/#/service/${v2}/step/decision`);
  await page.getByRole('radiogroup', { name: 'Beslut' }).getByRole('radio', { name: 'Godkänns', exact: true }).check();
  await page.getByRole('textbox', { name: 'Motivering', exact: true }).fill('Nya villkor granskade; inget annat har ändrats.');
  await saved(page);
  await page.goto(`/#/service/${v2}/step/review`);
  await page.getByRole('button', { name: 'Registrera beslutet i förteckningen' }).click();
  await expect(page.getByText(/Beslutet registrerades/)).toBeVisible();

  await page.goto('/#/tjanster');
  const rows = page.getByRole('row').filter({ hasText: v1.service.name });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Version 2: Nya villkor');
  await expect(rows).toContainText('Godkänd');
  await expect(rows.getByRole('link', { name: v1.service.name })).toHaveAttribute('href', new RegExp(v2));
  await expectNoAxeViolations(page, '(register with version 2)');
  await shot(page, 'register-v2');

  await page.goto(`/#/service/${v1.id}/step/review`);
  await expect(page.getByRole('region', { name: 'Omvalidering' })).toContainText('Det här beslutet har ersatts av version 2.');
});

test('home names an approved service whose yearly re-validation is overdue, and leads to its review page', async ({ page }) => {
  const v1 = validation();
  await importServicesOnHome(page, [{ doc: v1, decidedOn: '2025-06-01' }]);
  await page.goto('/');
  const notice = page.getByRole('region', { name: 'En digital tjänst ska omvalideras' });
  await expect(notice.getByRole('listitem')).toContainText(`${v1.service.name} – Nästa omvalidering:`);
  await expect(notice.getByRole('listitem')).toContainText('Försenad 1 juni 2026');
  await expectNoAxeViolations(page, '(home with a re-validation overdue)');
  await shot(page, 'home-overdue');
  await notice.getByRole('link', { name: v1.service.name }).click();
  await expect(page.getByRole('region', { name: 'Omvalidering' })).toContainText('Försenad');
});

test('a review page left open past midnight says the re-validation is overdue on the new day', async ({ page }) => {
  // Decided a year ago today: the re-validation falls due today and is overdue from tomorrow.
  await page.clock.install({ time: new Date('2026-12-10T23:57:00+01:00') });
  const v1 = validation();
  await importServicesOnHome(page, [{ doc: v1, decidedOn: '2025-12-10' }]);
  await page.goto(`/#/service/${v1.id}/step/review`);
  const reval = page.getByRole('region', { name: 'Omvalidering' });
  await expect(reval).toContainText('Snart dags');
  await page.clock.fastForward('04:00');
  await expect(reval).toContainText('Försenad');
  await expect(reval).not.toContainText('Snart dags');
});
