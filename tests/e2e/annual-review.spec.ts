// The annual review, end to end on the built app: sign, a year passes, the review is due on home, the annual
// review moves one camera and is signed as version 2, and both versions and the change are in the register,
// its CSV and PDF, and the PDF of version 2.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { pdfContent } from '../support/pdf-text';
import { next } from './wizard-support';
import { approveAndSign, importOnHome, loadFixture, parseRegisterCsv, pdfWords, saveDownload, squash } from './lifecycle-support';

const fixture = loadFixture('facade-night.json');
const school = fixture.school.schoolName;
const oldPlace = fixture.cameras[1]!.location;
const newPlace = 'Matsalens västra fasad mot cykelstället';

test('a year on: due on home, the annual review moves a camera, version 2 is signed, and both are in the register and the PDF', async ({ context }) => {
  test.setTimeout(180_000);
  // Signed a few days after the decision of 2026-09-15; the next review is 2027-09-15.
  await context.clock.setFixedTime(new Date('2026-09-18T10:00:00+02:00'));
  const page = await context.newPage();
  await page.goto('/');
  await importOnHome(page, [fixture]);
  // Unsigned, the date its decision proposes is not a next review yet; signed, the card shows it.
  const draft = page.getByRole('region', { name: /^Pågående utkast/ }).getByRole('listitem');
  await expect(draft).toContainText(school);
  await expect(draft).not.toContainText('Nästa prövning');
  await expect(draft).not.toContainText('15 september 2027');
  await page.getByRole('link', { name: `Öppna ${school}` }).click();
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await approveAndSign(page, 'Inbrott och skadegörelse nattetid vid fasaden; andra åtgärder räckte inte.', 'UN 2026/1234');
  const v1Fingerprint = await page.locator('.fingerprint').innerText();

  await page.goto('/');
  const inForce = page.getByRole('region', { name: /^Gällande beslut/ });
  await expect(inForce.getByRole('listitem')).toHaveCount(1);
  await expect(inForce.getByRole('listitem')).toContainText(/Nästa prövning\s*15 september 2027/);
  await expect(page.getByRole('region', { name: /ska omprövas/ })).toHaveCount(0);

  // A year and five days on: overdue, said in words at the top and on the card.
  await context.clock.setFixedTime(new Date('2027-09-20T10:00:00+02:00'));
  await page.reload();
  const notice = page.getByRole('region', { name: 'En bedömning ska omprövas' });
  await expect(notice).toContainText(school);
  await expect(notice).toContainText('Försenad');
  const card = inForce.getByRole('listitem');
  await expect(card).toContainText('Försenad 15 september 2027');
  await expectNoAxeViolations(page, '(dashboard, review overdue)');
  await page.screenshot({ path: 'test-results/annual-review-dashboard-due.png', fullPage: true });

  await card.getByRole('button', { name: `Påbörja årlig omprövning av ${school}` }).click();
  await expect(page.locator('h1.page-title')).toHaveText('Skola och ansvar');
  await expect(page.locator('.wizard__doc')).toContainText('version 2');

  // The review's own questions open step 1; a "no" for a camera asks for its end.
  const review = page.getByRole('region', { name: 'Årlig omprövning av version 1' });
  await review.getByRole('group', { name: /Har det inträffat händelser sedan förra beslutet/ }).getByRole('radio', { name: 'Nej' }).check();
  await review.getByRole('group', { name: /Räcker de andra åtgärderna nu/ }).getByRole('radio', { name: 'Nej' }).check();
  await review.getByRole('group', { name: 'Behövs Kamera 1 fortfarande?' }).getByRole('radio', { name: 'Ja' }).check();
  const camera2 = review.getByRole('group', { name: 'Behövs Kamera 2 fortfarande?' });
  await camera2.getByRole('radio', { name: 'Nej' }).check();
  await expect(camera2).toContainText('Avsluta kameran med ett datum, eller ta bort den ur bedömningen.');
  await expectNoAxeViolations(page, '(annual review questions)');
  await camera2.getByRole('radio', { name: 'Ja' }).check();
  await expect(camera2).not.toContainText('Avsluta kameran');
  await review.getByLabel(/Vad har ändrats sedan förra beslutet/).fill('Kamera 2 flyttas till matsalen, där skadegörelsen nu sker.');

  await page.locator('#f-school-decisionDate').fill('2027-09-20');
  await next(page);
  await next(page);
  await next(page);
  await expect(page.locator('h1.page-title')).toHaveText('Kameror');
  await page.getByRole('button', { name: 'Svara på frågorna Kamera 2' }).click();
  await page.locator('#f-cameras-1-location').fill(newPlace);
  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  for (const step of ['Intresseavvägning', 'Hantering av personuppgifter', 'Samråd och information', 'Granskning']) {
    await next(page);
    await expect(page.locator('h1.page-title')).toHaveText(step);
  }
  // The review step lists the change in words.
  const changes = page.getByRole('region', { name: 'Ändringar sedan föregående bedömning' });
  await expect(changes).toContainText(`Kamera 2: placering: ändrad från ”${oldPlace}” till ”${newPlace}”`);
  await expectNoAxeViolations(page, '(review with changes since version 1)');
  const dismiss = page.getByRole('button', { name: 'Stäng', exact: true });
  if (await dismiss.isVisible()) await dismiss.click();
  await changes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/annual-review-review-diff.png' });
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await approveAndSign(page, 'Prövat på nytt: problemet kvarstår, kamera 2 flyttad dit skadegörelsen nu sker.', 'UN 2027/0456');
  const v2Fingerprint = await page.locator('.fingerprint').innerText();
  expect(v2Fingerprint).not.toBe(v1Fingerprint);
  const actions = page.getByRole('region', { name: 'Åtgärder', exact: true });
  await expect(actions).toContainText('Beslutet gäller');
  await expect(actions).toContainText('20 september 2028');

  // The PDF of version 2 says what changed since version 1.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned PDF' }).click()]);
  const v2Pdf = await pdfWords(await saveDownload(pdfDownload));
  expect(v2Pdf).toContain(squash('Ändringar sedan föregående bedömning'));
  expect(v2Pdf).toContain(squash('Jämfört med version 1, beslutad 2026-09-15.'));
  expect(v2Pdf).toContain(squash(oldPlace));
  expect(v2Pdf).toContain(squash(newPlace));
  expect(v2Pdf).toContain(squash('Årlig omprövning av version 1'));
  expect(v2Pdf).toContain(squash('Kamera 2 flyttas till matsalen, där skadegörelsen nu sker.'));

  // Home: version 2 in force and not due; version 1 replaced.
  await page.goto('/');
  await expect(page.getByRole('region', { name: /ska omprövas/ })).toHaveCount(0);
  await expect(inForce.getByRole('listitem')).toHaveCount(1);
  await expect(inForce.getByRole('listitem')).toContainText('version 2');
  const closed = page.getByRole('region', { name: /^Avslutade och ersatta/ });
  await expect(closed.getByRole('listitem')).toContainText('Ersatt av version 2');

  // The register: the moved camera at its new place from version 2, and both signed versions with fingerprints.
  await page.getByRole('link', { name: 'Förteckning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förteckning över kamerabevakning' })).toBeVisible();
  const table = page.getByRole('table', { name: /Kamerabevakning som pågår/ });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row', { name: new RegExp(newPlace) })).toContainText('version 2');
  const versions = page.getByRole('region', { name: 'Undertecknade versioner', exact: true });
  await expect(versions.getByRole('row')).toHaveCount(3);
  for (const fp of [v1Fingerprint, v2Fingerprint]) {
    await versions.getByText(`${fp.slice(0, 8)}…`).click();
    await expect(versions.getByText(fp.replace(/(.{8})(?=.)/g, '$1 '))).toBeVisible();
  }
  await expectNoAxeViolations(page, '(register)');
  await page.screenshot({ path: 'test-results/annual-review-register.png', fullPage: true });

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera som CSV (Excel)' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('kamerabevakning-forteckning-2027-09-20.csv');
  const csv = parseRegisterCsv(await saveDownload(csvDownload));
  expect(csv.bom).toBe(true);
  expect(csv.rows.map((r) => [r['Skola'], r['Plats'], r['Status'], r['Version']])).toEqual([
    [school, fixture.cameras[0]!.location, 'Pågår', '2'],
    [school, newPlace, 'Pågår', '2'],
  ]);
  expect(csv.rows[1]!['Kontrollkod (SHA-256)']).toBe(v2Fingerprint);

  const [registerPdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera som PDF' }).click()]);
  expect(registerPdf.suggestedFilename()).toBe('kamerabevakning-forteckning-2027-09-20.pdf');
  const registerPath = await saveDownload(registerPdf);
  const registerText = await pdfWords(registerPath);
  expect(registerText).toContain(squash('Förteckning över kamerabevakning'));
  expect(registerText).toContain(squash(newPlace));
  for (const fp of [v1Fingerprint, v2Fingerprint]) expect(registerText).toContain(fp);
  // A4 landscape: the wide table fits better.
  const { pages } = await pdfContent(readFileSync(registerPath));
  for (const { width, height } of pages) expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
});
