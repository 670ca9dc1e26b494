// A mixed decision end to end: three cameras approved, one approved with changes (masking and a
// shorter retention), one rejected. The PDF, its sign text and Art 13 letter, the register page and its CSV must
// all tell the same story about each camera.
import { test, expect, expectNoAxeViolations } from './fixtures';
import type { FixtureDoc } from './lifecycle-support';
import { importOnHome, loadFixture, parseRegisterCsv, pdfWords, saveDownload, signTyped, squash } from './lifecycle-support';

type Camera = FixtureDoc['cameras'][number];
const FACADE_HOURS = 'Vardagar 20–06, helger 17–07';

/** The squashed PDF text from one heading up to the next. */
function between(pdf: string, from: string, to: string): string {
  const start = pdf.indexOf(squash(from));
  expect(start).toBeGreaterThanOrEqual(0);
  return pdf.slice(start, pdf.indexOf(squash(to), start + 1));
}

/** The reference school trimmed to five facade cameras, undecided, opened on the decision step. */
function fiveCameras() {
  const doc = loadFixture('reference-8-cameras.json');
  doc.cameras = doc.cameras.slice(0, 5);
  const decision = doc['decision'] as { cameraDecisions: unknown[]; overallReason: string; registryNumber: string };
  doc['decision'] = { ...decision, cameraDecisions: [], overallReason: '', registryNumber: '' };
  doc['step'] = 'decision';
  return doc;
}

test('3 approved, 1 changed, 1 rejected: PDF, sign text, Art 13 letter, register and CSV agree on each camera', async ({ page }) => {
  test.setTimeout(60_000);
  const doc = fiveCameras();
  const [c1, c2, c3, c4, c5] = doc.cameras as [Camera, Camera, Camera, Camera, Camera];
  const school = doc.school.schoolName;
  await page.goto('/');
  await importOnHome(page, [doc]);
  await page.getByRole('link', { name: `Öppna ${school}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beslut och underskrift');

  const verdict = (name: string) => page.getByRole('group', { name: `Beslut för ${name}` });
  for (const c of [c1, c2, c3]) await verdict(c.name).getByRole('radio', { name: 'Godkänn bevakningen' }).check();
  const changed = verdict(c4.name);
  await changed.getByRole('radio', { name: 'Godkänn med ändringar' }).check();
  await changed.getByLabel('Maskering som krävs').fill('grannens tomt');
  // A change only narrows: no hours beyond the camera's facade practice are offered, a longer retention is refused.
  await expect(changed.getByRole('combobox', { name: 'Tider' })).toHaveCount(0);
  await expect(changed).toContainText('inget förval är snävare än kamerans egna tider');
  await changed.getByLabel('Kortare lagringstid (timmar)').fill('96');
  await changed.getByLabel('Kortare lagringstid (timmar)').blur();
  await expect(changed.getByRole('alert')).toHaveText('Skriv färre timmar än bedömningens lagringstid, 72 timmar. Beslutet kan bara korta den.');
  await changed.getByLabel('Kortare lagringstid (timmar)').fill('24');
  await changed.getByLabel('Kortare lagringstid (timmar)').blur();
  await expect(changed.getByRole('alert')).toHaveCount(0);
  await changed.getByLabel('Skäl (valfritt)').fill('Ett dygns lagring räcker vid västra fasaden.');
  const rejected = verdict(c5.name);
  await rejected.getByRole('radio', { name: 'Avslå bevakningen' }).check();
  await rejected.getByLabel('Skäl (valfritt)').fill('Idrottshallen används av föreningar på kvällarna.');
  await page.locator('#f-decision-overallReason').fill('Fasaderna har dokumenterad skadegörelse; idrottshallen har det inte.');
  await page.locator('#f-decision-registryNumber').fill('UN 2026/77');
  await expectNoAxeViolations(page, '(decision step, mixed verdicts)');
  await signTyped(page);

  // The PDF: the beslutsformel camera by camera, then the sign text and the Art 13 letter.
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned PDF' }).click()]);
  const pdf = await pdfWords(await saveDownload(pdfDownload));
  const approved = (c: Camera) => squash(`${c.name} (Fasad (utomhus), ${c.location}) godkänns för kamerabevakning, tider: ${FACADE_HOURS}.`);
  for (const c of [c1, c2, c3]) expect(pdf).toContain(approved(c));
  expect(pdf).toContain(squash(`${c4.name} (Fasad (utomhus), ${c4.location}) godkänns med ändringar: maskering av grannens tomt; lagringstid 24 timmar. Skäl: Ett dygns lagring räcker vid västra fasaden.`));
  expect(pdf).toContain(squash(`${c5.name} (Fasad (utomhus), ${c5.location}) avslås. Skäl: Idrottshallen används av föreningar på kvällarna.`));
  expect(pdf).toContain(squash('Sammantaget: Delvis godkänd.'));
  const signText = between(pdf, 'Bilaga 1. Text till skyltar', 'Bilaga 2.');
  expect(signText).toContain(squash(`Tider: ${FACADE_HOURS}Läs mer`));
  const letter = between(pdf, 'Bilaga 2. Information om kamerabevakning', 'Om du inte är nöjd');
  for (const c of [c1, c2, c3, c4]) expect(letter).toContain(squash(`• Fasad (utomhus), ${c.location}: ${FACADE_HOURS}`));
  expect(letter).not.toContain(squash(`Fasad (utomhus), ${c5.location}`));
  expect(letter).toContain(squash(`Filmerna raderas automatiskt efter 72 timmar (3 dygn).`));
  expect(letter).toContain(squash(`Fasad (utomhus), ${c4.location}: här raderas filmerna redan efter 24 timmar.`));
  expect(letter.match(/härraderasfilmernaredan/g)).toHaveLength(1);

  // The register page: camera 5 rejected, never "Pågår"; the others in force.
  await page.getByRole('link', { name: 'Förteckning' }).click();
  const table = page.getByRole('table', { name: /Kamerabevakning som pågår/ });
  for (const c of [c1, c2, c3, c4]) await expect(table.getByRole('row', { name: new RegExp(c.location) })).toContainText('Pågår');
  const rejectedRow = table.getByRole('row', { name: new RegExp(c5.location) });
  await expect(rejectedRow).toContainText('Avslagen');
  await expect(rejectedRow).not.toContainText('Pågår');
  await expect(table.getByRole('row', { name: new RegExp(c4.location) })).toContainText('24 timmar');

  // The CSV says the same, camera by camera.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera som CSV (Excel)' }).click()]);
  const csv = parseRegisterCsv(await saveDownload(csvDownload));
  expect(csv.rows.map((r) => [r['Kamera'], r['Plats'], r['Tider'], r['Lagringstid'], r['Status'], r['Diarienummer']])).toEqual([
    ...[c1, c2, c3].map((c) => [c.name, c.location, FACADE_HOURS, '72 timmar', 'Pågår', 'UN 2026/77']),
    [c4.name, c4.location, FACADE_HOURS, '24 timmar', 'Pågår', 'UN 2026/77'],
    [c5.name, c5.location, FACADE_HOURS, '72 timmar', 'Avslagen', 'UN 2026/77'],
  ]);
});
