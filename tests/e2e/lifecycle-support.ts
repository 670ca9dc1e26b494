// Helpers for the lifecycle end-to-end tests (review, later decision, end): seed assessments through a backup import, sign through the UI,
// read downloads back (pdf.js, papaparse).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect } from './fixtures';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import type { Assessment } from '../../src/assessments/camera/domain';
import type { ServiceDoc } from '../../src/assessments/digital-service/schema';
import { pdfText, squash } from '../support/pdf-text';
import { typedSignoff } from '../support/typed-signoff';
import { defaultPolicy, evaluate, fingerprint, restore } from '../../src/assessments/camera/domain';

export interface FixtureDoc {
  id: string;
  school: { schoolName: string; decisionDate: string };
  cameras: { id: string; name: string; location: string }[];
  [key: string]: unknown;
}

export const loadFixture = (name: string): FixtureDoc =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as FixtureDoc;

/** A backup file in the app's format: the checksum is SHA-256 of the canonical JSON of the payload. */
async function backupFile(formatVersion: number, payload: object): Promise<string> {
  const file = { format: 'kamerabedomning/backup', formatVersion, schemaVersion: 1, appVersion: 'e2e', createdAt: '2026-09-01T10:00:00.000Z' };
  return JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(payload)), payload });
}

/** Camera assessments in a backup of the first format; signed ones carry their version. */
export async function backupOf(assessments: unknown[]): Promise<string> {
  const signed = (a: unknown): boolean => (a as { signoff?: unknown }).signoff != null;
  const payload = { assessments: assessments.map((assessment) => ({ assessment, versions: signed(assessment) ? [assessment] : [], deletedAt: null })), policy: null };
  return backupFile(1, payload);
}

/** A validation of a digital service as a backup holds it; decidedOn null: not decided. */
export interface ServiceSeed {
  doc: ServiceDoc;
  decidedOn: string | null;
}

/** Validations of digital services in a backup of the format that holds documents (3). */
export async function servicesBackupOf(seeds: readonly ServiceSeed[]): Promise<string> {
  const documents = seeds.map(({ doc, decidedOn }) => ({ kind: 'digital-service', doc, decidedOn }));
  return backupFile(3, { assessments: [], policy: null, documents });
}

async function importFileOnHome(page: Page, text: string, done: string | RegExp): Promise<void> {
  const buffer = Buffer.from(text);
  await page.getByLabel('Importera säkerhetskopia eller PDF').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(done)).toBeVisible();
}

export async function importOnHome(page: Page, assessments: unknown[]): Promise<void> {
  await importFileOnHome(page, await backupOf(assessments), `Importen är klar: ${assessments.length} tillagda`);
}

/** Seeds validations the way a principal would bring them: home opened, a backup file imported there. */
export async function importServicesOnHome(page: Page, seeds: readonly ServiceSeed[]): Promise<void> {
  await page.goto('/');
  await importFileOnHome(page, await servicesBackupOf(seeds), /Importen är klar/);
}

/** From an empty home: imports one fixture and opens it at the step it was saved on (the wizard's later states
 * without filling every step by hand; wizard-keyboard and wizard-reload fill them through the UI). */
export async function openImported(page: Page, assessment: FixtureDoc | Assessment): Promise<void> {
  await page.goto('/');
  await importOnHome(page, [assessment]);
  await page.getByRole('link', { name: `Öppna ${assessment.school.schoolName}` }).click();
  await expect(page.locator('h1.page-title')).toBeVisible();
}

/** On the decision step: approve every camera, give reasons, and sign with the typed name. */
export async function approveAndSign(page: Page, reason: string, registryNumber: string): Promise<void> {
  for (const radio of await page.getByRole('radio', { name: 'Godkänn bevakningen' }).all()) await radio.check();
  await page.locator('#f-decision-overallReason').fill(reason);
  await page.locator('#f-decision-registryNumber').fill(registryNumber);
  await signTyped(page);
  await expect(page.locator('.fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
}

/** On the decision step with the verdicts given: attest and sign with the typed name, as Åsa Öberg in Exempelstad. */
export async function signTyped(page: Page): Promise<void> {
  // Warnings left unanswered are decided explicitly without comment, as the decision step requires.
  const withoutComment = page.getByLabel(/^Beslutas utan kommentar/);
  if ((await withoutComment.count()) > 0) await withoutComment.check();
  await page.getByLabel('Jag intygar att uppgifterna stämmer och att detta är mitt beslut.').check();
  await page.getByLabel('Skriva mitt namn som underskrift').check();
  await page.getByLabel('Skriv ditt fullständiga namn som underskrift').fill('Åsa Öberg');
  await page.locator('#sign-place').fill('Exempelstad');
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();
  await expect(page.locator('h1.page-title')).toHaveText('Undertecknat beslut');
}

export async function saveDownload(download: Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-lifecycle-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

export { squash };

/** The PDF's text, whitespace and hyphenation removed, for "does it say …". */
export async function pdfWords(path: string): Promise<string> {
  return squash(await pdfText(readFileSync(path)));
}

/** The register CSV as Swedish Excel reads it: BOM, semicolons, a header row. */
export function parseRegisterCsv(path: string): { bom: boolean; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { bom: text.startsWith('\uFEFF'), rows: parsed.data };
}

/** A fixture signed the way the sign-off step signs it (typed name, fingerprint), on its decision date. */
export async function signedFixture(name: string, signedAt: string, schoolName?: string): Promise<Assessment> {
  const restored = restore(loadFixture(name));
  if (!restored.ok) throw new Error(`${name} does not restore`);
  const a = restored.value;
  if (schoolName) a.school.schoolName = schoolName;
  const date = a.school.decisionDate;
  const ev = evaluate(a, defaultPolicy, date);
  a.signoff = typedSignoff(ev.signoffKind ?? 'decision', date, signedAt);
  a.signoff.fingerprint = await fingerprint(a);
  return a;
}
