// Sign-off and the PDF, end to end: sign with a drawn signature, go offline, download the PDF,
// read it back with pdf.js, import it on a fresh device, verify it, and see that signed means locked.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './fixtures';
import { extractAssessment } from '../../src/pdf/extract';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import { pdfText } from '../support/pdf-text';

interface Fixture {
  id: string;
  school: { schoolName: string };
  cameras: { name: string }[];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/facade-night.json', import.meta.url), 'utf8')) as Fixture;

async function backupOf(assessments: unknown[]): Promise<string> {
  const payload = { assessments: assessments.map((assessment) => ({ assessment, versions: [], deletedAt: null })), policy: null };
  const file = { format: 'kamerabedomning/backup', formatVersion: 1, schemaVersion: 1, appVersion: 'e2e', createdAt: '2026-11-01T10:00:00.000Z' };
  return JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(payload)), payload });
}

async function importOnHome(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Importera säkerhetskopia eller PDF').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar: 1 tillagda/)).toBeVisible();
}

/** Draws a short stroke on the signature canvas with the mouse. */
async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByRole('img', { name: /Ruta för namnteckning/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature canvas');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 15, box.y + box.height / 2 + (i % 2 ? -18 : 18), { steps: 3 });
  await page.mouse.up();
}

test('a signed assessment downloads offline as a PDF that reads right, imports back, verifies, and stays locked', async ({ context, browser }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto('/');
  await waitForServiceWorker(page);
  await importOnHome(page, 'lindangsskolan.json', 'application/json', Buffer.from(await backupOf([fixture])));
  await page.getByRole('link', { name: `Öppna ${fixture.school.schoolName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible();

  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  for (const radio of await page.getByRole('radio', { name: 'Godkänn bevakningen' }).all()) await radio.check();
  await page.getByLabel('Motivering till beslutet').fill('Bränder och inbrott nattetid vid fasaden; andra åtgärder räckte inte.');
  await page.getByLabel('Ort', { exact: true }).fill('Exempelstad');
  await page.getByRole('checkbox', { name: /Jag intygar att uppgifterna stämmer/ }).check();
  await drawSignature(page);
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();
  await expect(page.getByText('Bedömningen är signerad och sparad')).toBeVisible();
  const fingerprint = (await page.getByText(/^[0-9a-f]{64}$/).first().textContent())?.trim() ?? '';
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);

  // Offline from here: the PDF code and fonts come from the service worker's precache.
  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned PDF' }).click()]);
  await expect(page.getByText(/PDF-dokumentet .* har laddats ned/)).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'kb-pdf-'));
  const pdfPath = join(dir, download.suggestedFilename());
  await download.saveAs(pdfPath);
  expect(download.suggestedFilename()).toMatch(/^kamerabedomning-lindangsskolan.*\.pdf$/);
  const text = await pdfText(readFileSync(pdfPath));
  expect(text).toContain(fixture.school.schoolName);
  expect(text).toContain('Dokumenterad intresseavvägning');
  for (const camera of fixture.cameras) expect(text).toContain(camera.name);
  expect(text).toMatch(/Du kan besluta|Rektor kan besluta|godk/i);
  // The footer may shorten the fingerprint to fit; its first 16 digits are always there.
  expect(text).toContain(fingerprint.slice(0, 16));
  await context.setOffline(false);

  // Signed means locked: no answers can be typed, only a new numbered version started.
  await expect(page.getByText('Bedömningen är undertecknad och låst')).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: `Öppna ${fixture.school.schoolName}` }).click();
  await expect(page.getByText('Bedömningen är undertecknad och låst')).toBeVisible();
  await expect(page.getByLabel('Skolans namn')).toHaveCount(0);
  await page.getByRole('button', { name: 'Starta ny version' }).click();
  await expect(page.getByLabel('Skolans namn')).toHaveValue(fixture.school.schoolName);
  await page.getByLabel('Skolans namn').fill(`${fixture.school.schoolName} (ny version)`);
  await page.getByRole('button', { name: 'Spara och gå till mina bedömningar' }).first().click();
  const items = page.getByRole('list', { name: 'Bedömningar på den här datorn' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'version 2' })).toContainText('Utkast');
  await expect(items.filter({ hasText: 'Signerad' })).toContainText(fixture.school.schoolName);

  // "Verifiera dokument" says the PDF holds the unaltered signed assessment; a changed copy does not.
  await page.getByRole('link', { name: 'Verifiera dokument' }).click();
  await page.getByLabel('Välj fil att verifiera').setInputFiles(pdfPath);
  await expect(page.getByRole('heading', { name: 'Dokumentet stämmer' })).toBeVisible({ timeout: 30_000 }); // the pages are made again and read back: seconds on a slow machine
  await expectNoAxeViolations(page, '(verify, match)');
  const data = extractAssessment(new Uint8Array(readFileSync(pdfPath))) as Fixture;
  expect(data.school.schoolName).toBe(fixture.school.schoolName);
  const altered = { ...data, school: { ...data.school, schoolName: 'Någon annan skola' } };
  await page.getByLabel('Välj fil att verifiera').setInputFiles({ name: 'andrad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(altered)) });
  await expect(page.getByRole('heading', { name: 'Dokumentet har ändrats' })).toBeVisible();

  // A fresh device (another browser profile): importing the PDF restores the signed assessment exactly.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await importOnHome(fresh, download.suggestedFilename(), 'application/pdf', readFileSync(pdfPath));
  const restored = fresh.getByRole('list', { name: 'Bedömningar på den här datorn' }).getByRole('listitem');
  await expect(restored).toHaveCount(1);
  await expect(restored).toContainText('Signerad');
  await restored.getByRole('link', { name: `Öppna ${fixture.school.schoolName}` }).click();
  await expect(fresh.getByText('Bedömningen är undertecknad och låst')).toBeVisible();
  await expect(fresh.getByText(fingerprint, { exact: true })).toBeVisible();
  await other.close();
});
