// "Verifiera dokument" in the built app, on a device that never saw the assessment, offline: an untouched
// signed PDF is consistent and, once its fingerprint is found in the diarium or a backup, "stämmer"; one
// edited visible word is caught and named; the app's own backup verifies; a forgery with a recomputed
// fingerprint is never reported as a known signed original.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../src/assessments/camera/domain';
import { createSignedRecord, fingerprint, restore } from '../../src/assessments/camera/domain';
import { sourceHash } from '../../scripts/source-hash.mjs';
import { editVisibleText } from './pdf-edit';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './fixtures';

// The PDFs are made here with the app's own renderer, as the built app would: its version, the browser's zone.
process.env.TZ = 'Europe/Stockholm';
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
(globalThis as { __APP_BUILD__?: string }).__APP_BUILD__ = sourceHash('.');

const fonts = { loadFont: async (name: string) => new Uint8Array(readFileSync(`src/pdf/fonts/generated/${name}`)) };

async function signed(file: string): Promise<Assessment> {
  const r = restore(JSON.parse(readFileSync(`tests/fixtures/${file}`, 'utf8')));
  if (!r.ok) throw new Error(`${file} does not restore`);
  const a = structuredClone(r.value);
  const date = a.school.decisionDate || '2026-09-15';
  a.signoff = { kind: 'decision', name: 'Åsa Öberg', title: 'Rektor', place: 'Exempelstad', date, attested: true, signature: { type: 'typed', typedName: 'Åsa Öberg' }, signedAt: `${date}T08:30:00.000Z`, fingerprint: '' };
  a.signoff.fingerprint = await fingerprint(a);
  return a;
}

async function pdfOf(a: Assessment): Promise<Buffer> {
  const { renderAssessmentPdf } = await import('../../src/assessments/camera/pdf/render');
  return Buffer.from(await renderAssessmentPdf({ assessment: a, now: new Date('2026-09-20T10:00:00Z') }, fonts));
}

async function verify(page: Page, name: string, buffer: Buffer, mimeType = 'application/pdf'): Promise<void> {
  await page.getByLabel('Välj fil att verifiera').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByText(`Kontrollerar ${name}`)).toHaveCount(0, { timeout: 30_000 });
}

const headline = (page: Page) => page.locator('.verify-result h2');

/** With VERIFY_SHOTS=<dir>, a full-page PNG of each state at 1280 and 360 px, to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.VERIFY_SHOTS;
  if (!dir) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `${dir}/verify-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('verification binds the visible text, knows its fingerprints, reads backups and works offline', async ({ page }) => {
  test.setTimeout(120_000);
  const original = await signed('facade-night.json');
  const other = await signed('schoolyard-evening.json');
  const forged = structuredClone(original);
  forged.data.retentionHours = 24;
  forged.signoff!.fingerprint = await fingerprint(forged);
  const [pdf, forgedPdf] = await Promise.all([pdfOf(original), pdfOf(forged)]);
  // As main.tsx does: storage writes the backup with the camera kind it is given.
  const [{ buildBackup }, { provideStoreKind }, { cameraStore }] = await Promise.all([
    import('../../src/storage/backup-export'),
    import('../../src/storage/store-kind'),
    import('../../src/assessments/camera/store'),
  ]);
  provideStoreKind(cameraStore);
  const entries = await Promise.all([original, other].map(async (a) => ({ assessment: a, versions: [{ document: a, signed: await createSignedRecord(a) }], deletedAt: null })));
  const backup = await buildBackup({ assessments: entries, policy: null });

  // A device that never saw the assessment, and then without a network: the verifier is precached.
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.goto('/#/verifiera');
  await expect(page.getByRole('heading', { level: 1, name: 'Verifiera dokument' })).toBeVisible();

  // Untouched: consistent, but a fingerprint anyone could compute is not yet vouched for.
  await verify(page, 'bedomning.pdf', pdf);
  await expect(headline(page)).toHaveText('Kontrollkoden är okänd');
  await expect(page.locator('.verify-fingerprint').first()).toHaveText(original.signoff!.fingerprint.match(/.{8}/g)!.join(''));
  // Typed from the diarium in groups and capitals, it is the same: now the document "stämmer".
  await page.getByLabel('Kontrollkod från diariet').fill(original.signoff!.fingerprint.toUpperCase().replace(/(.{4})/g, '$1 '));
  await expect(headline(page)).toHaveText('Dokumentet stämmer');
  await expect(page.getByText('Samma som du skrev in från diariet')).toBeVisible();
  await expectNoAxeViolations(page, '(verify, match)');
  await page.getByLabel('Kontrollkod från diariet').fill('');

  // One edited visible word, the embedded data left alone: changed, with page, field and words named.
  await verify(page, 'andrad.pdf', Buffer.from(editVisibleText(pdf, '72 timmar (3 dygn)', '24 timmar (1 dygn)')));
  await expect(headline(page)).toHaveText('Dokumentet har ändrats');
  await expect(page.locator('.verify-differences')).toContainText('Sidan 1, ”Beslut”: där står ”24 timmar (1”, men den signerade bedömningen säger ”72 timmar (3”.');
  await expectNoAxeViolations(page, '(verify, altered)');
  await shoot(page, 'altered');

  // The app's own backup: every signed version in it verifies.
  await verify(page, 'sakerhetskopia.json', Buffer.from(JSON.stringify(backup)), 'application/json');
  await expect(headline(page)).toHaveText('Säkerhetskopian: 2 signerade versioner');
  await expect(page.locator('.verify-entry--match')).toHaveCount(2);
  await shoot(page, 'backup');

  // The backup added as what to compare with: the untouched PDF is a known signed original...
  await page.getByLabel('Lägg till säkerhetskopia eller förteckning').setInputFiles({ name: 'sakerhetskopia.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByText('sakerhetskopia.json: 2 kontrollkoder')).toBeVisible();
  await verify(page, 'bedomning.pdf', pdf);
  await expect(headline(page)).toHaveText('Dokumentet stämmer');
  await expect(page.getByText('Finns i sakerhetskopia.json')).toBeVisible();
  await shoot(page, 'match');

  // ...and a forgery whose data were edited and fingerprint recomputed (footer and XMP agree) is not.
  await verify(page, 'forfalskad.pdf', forgedPdf);
  await expect(headline(page)).toHaveText('Kontrollkoden är okänd');
  await expect(page.getByText('Finns inte på den här enheten eller i någon fil du har lagt till.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dokumentet stämmer' })).toHaveCount(0);
  await expectNoAxeViolations(page, '(verify, unknown)');

  // Readable at 360 px: the fingerprint wraps in its groups, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shoot(page, 'unknown');
});
