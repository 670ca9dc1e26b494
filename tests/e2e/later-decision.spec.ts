// After signing: a case sent to the administration gets its decision recorded, the surveillance
// ends, a calendar reminder downloads, and five years after the end the register offers to delete it.
// The dialogs are checked with axe and the keyboard, in Swedish and English.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { importOnHome, signedFixture } from './lifecycle-support';

const SCHOOL = 'Björkhagens skola';

test('record the administration’s decision, take a reminder, end the surveillance, and delete it five years later', async ({ context }) => {
  test.setTimeout(120_000);
  await context.clock.setFixedTime(new Date('2026-10-01T09:00:00+02:00'));
  // The schoolyard in the evening is a public place: the principal sent it to the administration for review.
  const sent = await signedFixture('schoolyard-evening.json', '2026-09-15T08:00:00.000Z', SCHOOL);
  expect(sent.signoff?.kind).toBe('review-request');
  const page = await context.newPage();
  await page.goto('/');
  await importOnHome(page, [sent]);

  const awaiting = page.getByRole('region', { name: /^Väntar på förvaltningen eller huvudmannen/ });
  await expect(awaiting.getByRole('listitem')).toContainText('Väntar på förvaltningens beslut');
  const opener = awaiting.getByRole('button', { name: `Registrera beslutet om ${SCHOOL}` });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: `Registrera förvaltningens beslut – ${SCHOOL}` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, '(later decision dialog)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Saving without a result says what is missing and puts focus there.
  await opener.click();
  await dialog.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(dialog.getByText('Välj om bevakningen godkändes eller avslogs.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Godkänd' })).toBeFocused();
  await expectNoAxeViolations(page, '(later decision dialog, error shown)');
  await page.keyboard.press('Space');
  await dialog.getByLabel('Datum för beslutet').fill('2026-09-30');
  await dialog.getByLabel('Diarienummer').fill('UTBF 2026/88');
  await dialog.getByLabel('Beslutat av').fill('Utbildningsförvaltningen i Exempelstad');
  await dialog.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(page.getByText('Beslutet är registrerat: förvaltningen godkände bevakningen 30 september 2026.')).toBeFocused();
  const inForce = page.getByRole('region', { name: /^Gällande beslut/ });
  await expect(inForce.getByRole('listitem')).toContainText('Förvaltningen godkände 30 september 2026');
  await expect(awaiting).toHaveCount(0);

  // The reminder: an all-day event on the review date with an alarm 30 days before.
  const [ics] = await Promise.all([page.waitForEvent('download'), inForce.getByRole('button', { name: `Påminnelse (.ics) om omprövningen av ${SCHOOL}` }).click()]);
  expect(ics.suggestedFilename()).toBe('omprovning-bjorkhagens-skola.ics');
  const calendar = readFileSync(await ics.path(), 'utf8');
  expect(calendar).toContain('DTSTART;VALUE=DATE:20270915');
  expect(calendar).toContain('TRIGGER:-P30D');

  const endOpener = inForce.getByRole('button', { name: `Avsluta bevakningen vid ${SCHOOL}` });
  await endOpener.click();
  const endDialog = page.getByRole('alertdialog', { name: `Avsluta bevakningen – ${SCHOOL}` });
  await expect(endDialog.getByRole('radio', { name: 'Hela bevakningen (alla kameror)' })).toBeChecked();
  await expectNoAxeViolations(page, '(end surveillance dialog)');
  await endDialog.getByLabel('Datum då bevakningen upphör').fill('2026-10-01');
  await endDialog.getByRole('button', { name: 'Avsluta bevakningen' }).click();
  await expect(page.getByText('Bevakningen avslutas 1 oktober 2026.')).toBeFocused();
  const closed = page.getByRole('region', { name: /^Avslutade och ersatta/ });
  await expect(closed.getByRole('listitem')).toContainText('Förvaltningen godkände 30 september 2026');
  await expect(inForce).toHaveCount(0);

  // The register keeps the ended surveillance, with both references.
  await page.getByRole('link', { name: 'Förteckning' }).click();
  await expect(page.getByRole('table', { name: /Kamerabevakning som pågår/ })).toBeVisible();
  const row = page.getByRole('table').first().getByRole('row', { name: /Skolgården/ });
  await expect(row).toContainText('Avslutad');
  await expect(row).toContainText('UTBF 2026/88');
  await expect(row).toContainText('2026-10-01');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register of camera surveillance' })).toBeVisible();
  await expect(row).toContainText('Ended');
  await expectNoAxeViolations(page, '(register, en)');
  await page.getByRole('button', { name: 'På svenska' }).click();

  // Five years and a day after the end it leaves the register, and the app offers to delete it.
  await context.clock.setFixedTime(new Date('2031-10-02T09:00:00+02:00'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ingen kamerabevakning att föra in än' })).toBeVisible();
  const expired = page.getByRole('region', { name: 'Bevakning som avslutades för mer än fem år sedan' });
  await expect(expired).toContainText('En bedömning gäller bevakning');
  const deleteOpener = expired.getByRole('button', { name: 'Radera dem …' });
  await deleteOpener.click();
  const confirm = page.getByRole('alertdialog', { name: 'Radera 1 dokument för gott?' });
  await expect(confirm).toContainText(`${SCHOOL}, avslutad 1 oktober 2026`);
  await expectNoAxeViolations(page, '(delete expired dialog)');
  await page.keyboard.press('Escape');
  await expect(deleteOpener).toBeFocused();
  await deleteOpener.click();
  await confirm.getByRole('button', { name: 'Radera för gott' }).click();
  await expect(page.getByText('1 dokument har raderats.')).toBeFocused();
  await expect(expired).toHaveCount(0);
  await page.getByRole('link', { name: 'Mina bedömningar' }).click();
  await expect(page.getByText('Du har inga bedömningar än')).toBeVisible();
});

test('the dashboard in English: sections, the due notice and the actions have no axe violations', async ({ context }) => {
  await context.clock.setFixedTime(new Date('2027-08-30T09:00:00+02:00'));
  const due = await signedFixture('facade-night.json', '2026-09-15T08:00:00.000Z', SCHOOL);
  const page = await context.newPage();
  await page.goto('/');
  await importOnHome(page, [due]);
  const card = page.getByRole('region', { name: /^Gällande beslut/ }).getByRole('listitem');
  await expect(card).toContainText('Snart dags 15 september 2027');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('region', { name: 'One assessment is due for review' })).toContainText('Due soon');
  await expect(page.getByRole('region', { name: /^Decisions in force/ }).getByRole('button', { name: `Start annual review of ${SCHOOL}` })).toBeVisible();
  await expectNoAxeViolations(page, '(dashboard, en, due soon)');
});

test('on a signed assessment the actions panel records a rejection and ends one camera, and the signature stays valid', async ({ context }) => {
  await context.clock.setFixedTime(new Date('2026-10-01T09:00:00+02:00'));
  const sent = await signedFixture('schoolyard-evening.json', '2026-09-15T08:00:00.000Z', SCHOOL);
  const decided = await signedFixture('facade-night.json', '2026-09-15T08:00:00.000Z', 'Ekbackens skola');
  const page = await context.newPage();
  await page.goto('/');
  await importOnHome(page, [sent, decided]);

  await page.getByRole('link', { name: `Öppna ${SCHOOL}` }).click();
  const actions = page.getByRole('region', { name: 'Åtgärder', exact: true });
  await expect(actions).toContainText('Väntar på beslut från förvaltningen eller huvudmannen');
  await actions.getByRole('button', { name: 'Registrera förvaltningens beslut' }).click();
  const dialog = page.getByRole('dialog', { name: `Registrera förvaltningens beslut – ${SCHOOL}` });
  await dialog.getByRole('radio', { name: 'Avslagen' }).check();
  await dialog.getByLabel('Diarienummer').fill('UTBF 2026/9');
  await dialog.getByRole('button', { name: 'Registrera beslutet' }).click();
  // The view reopens with the saved document; the result is said and has focus.
  await expect(page.getByText('Beslutet är registrerat: förvaltningen avslog bevakningen 1 oktober 2026.')).toBeFocused();
  await expect(actions).toContainText('Ingen bevakning pågår');
  await expect(actions).toContainText('Avslagen 1 oktober 2026 (UTBF 2026/9)');
  await expectNoAxeViolations(page, '(actions panel after a rejection)');
  const fingerprint = sent.signoff!.fingerprint;
  await expect(page.locator('.fingerprint')).toHaveText(fingerprint);

  await page.goto('/');
  await page.getByRole('link', { name: 'Öppna Ekbackens skola' }).click();
  await actions.getByRole('button', { name: 'Avsluta bevakningen' }).click();
  const end = page.getByRole('alertdialog', { name: 'Avsluta bevakningen – Ekbackens skola' });
  await end.getByRole('radio', { name: /Kamera 1/ }).check();
  await end.getByLabel('Datum då bevakningen upphör').fill('2026-09-30');
  await end.getByRole('button', { name: 'Avsluta bevakningen' }).click();
  await expect(page.getByText('Kamera 1 avslutas 30 september 2026.')).toBeFocused();
  await expect(actions).toContainText('Beslutet gäller');
  await expect(actions.getByRole('term').filter({ hasText: 'Kamera 1 avslutas' })).toBeVisible();
  await expect(page.locator('.fingerprint')).toHaveText(decided.signoff!.fingerprint);

  await page.getByRole('link', { name: 'Förteckning' }).click();
  const rows = page.getByRole('table', { name: /Kamerabevakning som pågår/ }).getByRole('row');
  await expect(rows.filter({ hasText: 'Kamera 1' }).filter({ hasText: 'Ekbackens skola' })).toContainText('Avslutad');
  await expect(rows.filter({ hasText: 'Kamera 2' }).filter({ hasText: 'Ekbackens skola' })).toContainText('Pågår');
  await expect(rows.filter({ hasText: SCHOOL })).toContainText('Avslagen');
});

test('a dialog open on the signed assessment keeps what is typed when midnight passes', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-10-01T23:57:00+02:00') });
  const sent = await signedFixture('schoolyard-evening.json', '2026-09-15T08:00:00.000Z', SCHOOL);
  await page.goto('/');
  await importOnHome(page, [sent]);
  await page.evaluate((hash) => (location.hash = hash), `#/a/${sent.id}`);
  await page.getByRole('button', { name: 'Registrera förvaltningens beslut' }).click();
  const dialog = page.getByRole('dialog', { name: `Registrera förvaltningens beslut – ${SCHOOL}` });
  await expect(dialog.getByLabel('Datum för beslutet')).toHaveValue('2026-10-01');
  await dialog.getByRole('radio', { name: 'Godkänd' }).check();
  await dialog.getByLabel('Datum för beslutet').fill('2026-09-30');
  await dialog.getByLabel('Diarienummer').fill('UTBF 2026/88');

  // The page turns to the new day (useToday); the dialog's form is the principal's until it is closed.
  await page.clock.fastForward('04:00');
  await expect(dialog.getByLabel('Diarienummer')).toHaveValue('UTBF 2026/88');
  await expect(dialog.getByLabel('Datum för beslutet')).toHaveValue('2026-09-30');
  await expect(dialog.getByRole('radio', { name: 'Godkänd' })).toBeChecked();
});
