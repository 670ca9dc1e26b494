// The service register's filters (status, stage, open conditions, search) kept in the address over a reload,
// with the result count announced and the CSV of what is shown; and the verify page reading a digital-service
// decision PDF, valid as made and invalid once its data are edited.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { renderServicePdf } from '../../src/assessments/digital-service/pdf/render';
import type { ServiceDoc } from '../../src/assessments/digital-service/schema';
import { base64FromUtf8, DATA_TAG, utf8FromBase64 } from '../../src/pdf/xmp';
import { sourceHash } from '../../scripts/source-hash.mjs';
import { nodeDeps } from '../unit/pdf/helpers';
import { serviceFixture } from '../support/service-fixture';
import { test, expect, expectNoAxeViolations, shotsInto } from './fixtures';
import { servicesBackupOf } from './lifecycle-support';
import { editVisibleText } from './pdf-edit';

// PDFs made here print local times as the browser would: in its zone.
process.env.TZ = 'Europe/Stockholm';

const SHOTS = process.env.DS_SHOTS === '1';

const shot = shotsInto('/tmp/dsregister');

function fixture(name: string, verdict: ServiceDoc['decision']['verdict']): ServiceDoc {
  const doc = serviceFixture(name);
  return { ...doc, decision: { ...doc.decision, verdict } };
}

/** Glosappen approved (åk 4), Google Workspace approved with open conditions (åk 1–9), Quizzly rejected, ExamGuard under
 * review (gymnasiet), Skolplattan discontinued with offboarding tasks left. */
const DOCS: [ServiceDoc, string | null][] = [
  [fixture('00-compliant-base', 'approve'), '2026-11-01'],
  [fixture('03-workspace-administration', 'approveWithConditions'), '2026-11-02'],
  [fixture('01-free-quiz-app', 'reject'), '2026-11-03'],
  [fixture('06-proctoring-emotion', ''), null],
  [discontinued(fixture('05-swedish-lms', 'approve')), '2026-06-01'],
];

/** Skolplattan, discontinued with its three offboarding tasks, one done, owned by a long-named office. */
function discontinued(doc: ServiceDoc): ServiceDoc {
  const owner = 'Utbildningsförvaltningens IT-enhet, systemförvaltare';
  const task = (t: 'accountsDeleted' | 'dataReturned' | 'deletionConfirmed', done: boolean) => ({ task: t, owner, due: '2027-01-01', done });
  return { ...doc, discontinued: { on: '2026-12-01', tasks: [task('accountsDeleted', true), task('dataReturned', false), task('deletionConfirmed', false)] } };
}

async function importServices(page: Page): Promise<void> {
  const seeds = DOCS.map(([doc, decidedOn]) => ({ doc, decidedOn })).sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const buffer = Buffer.from(await servicesBackupOf(seeds));
  await page.goto('/#/installningar');
  await page.getByRole('region', { name: 'Importera säkerhetskopia' }).locator('input[type="file"]').setInputFiles({ name: 'tjanster.json', mimeType: 'application/json', buffer });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar/)).toBeVisible();
}

const rows = (page: Page) => page.getByRole('table', { name: 'Digitala tjänster' }).locator('tbody tr');
const count = (page: Page) => page.locator('.ds-filters__count');

test('the register filters by status, stage, open conditions and search, and a reload keeps the filters', async ({ page }) => {
  await importServices(page);
  await page.goto('/#/tjanster');
  await expect(rows(page)).toHaveCount(5);
  await expect(count(page)).toHaveText('5 av 5 tjänster visas.');
  await expect(count(page)).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByText('Filen innehåller alla 5 tjänster.')).toBeVisible();

  await page.getByLabel('Status').selectOption({ label: 'Godkänd med villkor' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Google Workspace for Education');
  await expect(count(page)).toHaveText('1 av 5 tjänster visas.');
  await expect(page.getByText('Filen innehåller den 1 tjänst som visas, inte de som filtren döljer.')).toBeVisible();
  await expect(page).toHaveURL(/#\/tjanster\?status=approved-with-conditions$/);

  await page.getByLabel('Status').selectOption({ label: 'Alla' });
  await page.getByLabel('Stadium').selectOption({ label: 'Åk 4–6' });
  await page.getByLabel('Sök på tjänst eller leverantör').fill('ordlek');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Glosappen');
  await expectNoAxeViolations(page, '(register, filtered)');
  await shot(page, 'register-filtered');

  // A reload keeps what was chosen: the address holds it.
  await page.reload();
  await expect(page.getByLabel('Stadium')).toHaveValue('4-6');
  await expect(page.getByLabel('Sök på tjänst eller leverantör')).toHaveValue('ordlek');
  await expect(rows(page)).toHaveCount(1);

  // The CSV holds what is shown.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner förteckningen (CSV)' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Glosappen');
  expect(csv).not.toContain('Quizzly');

  // Keyboard only: clear the search, tick "open conditions".
  await page.getByLabel('Sök på tjänst eller leverantör').fill('');
  await page.getByLabel('Stadium').selectOption({ label: 'Alla' });
  await page.getByLabel('Bara tjänster med öppna villkor').focus();
  await page.keyboard.press('Space');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: 'Google Workspace for Education' })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: 'Skolplattan' })).toHaveCount(1);
  await page.getByLabel('Status').selectOption({ label: 'Avvecklad' });
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Status').selectOption({ label: 'Alla' });
  await page.getByLabel('Sök på tjänst eller leverantör').fill('finns inte');
  await expect(count(page)).toHaveText('0 av 5 tjänster visas. Ingen tjänst passar filtren.');
  await page.getByRole('button', { name: 'Visa alla tjänster' }).click();
  await expect(page.getByLabel('Sök på tjänst eller leverantör')).toBeFocused();
  await expect(rows(page)).toHaveCount(5);
  await expect(page).toHaveURL(/#\/tjanster$/);

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `(register at ${width} px)`);
    // Nothing but the register's own table region scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await shot(page, 'register');
});

test('the offboarding tasks fit a phone: the table wraps rather than scrolls sideways', async ({ page }) => {
  await importServices(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/#/service/${encodeURIComponent(DOCS[4]![0].id)}/step/review`);
  const table = page.getByRole('table', { name: 'Uppgifter vid avvecklingen, med ansvarig och datum' });
  await expect(table.getByRole('row')).toHaveCount(4);
  if (SHOTS) await table.screenshot({ path: '/tmp/dsregister/offboarding-360.png' });
  const widths = await table.evaluate((el) => [el.getBoundingClientRect().width, el.parentElement?.clientWidth ?? 0]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await expectNoAxeViolations(page, '(offboarding at 360 px)');
});

test('the verify page reads a digital-service decision PDF, and an edited one is invalid', async ({ page }) => {
  const doc = fixture('03-workspace-administration', 'approveWithConditions');
  // Made here as the built app would make it: the same source, so the app compares its pages exactly.
  Object.assign(globalThis, { __APP_BUILD__: sourceHash('.'), __APP_VERSION__: (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version });
  const pdf = await renderServicePdf({ doc, decidedOn: '2026-12-04', lang: 'sv', now: new Date('2026-12-04T10:00:00Z') }, nodeDeps);
  const text = Buffer.from(pdf).toString('latin1');
  const b64 = text.slice(text.lastIndexOf(`<${DATA_TAG}>`) + DATA_TAG.length + 2, text.lastIndexOf(`</${DATA_TAG}>`));
  const edited = JSON.parse(utf8FromBase64(b64)) as ServiceDoc;
  edited.decision.conditions = []; // the conditions quietly dropped
  const forged = Buffer.from(text.replace(b64, base64FromUtf8(JSON.stringify(edited))), 'latin1');

  await page.goto('/#/verifiera');
  const input = page.locator('input[type="file"]').first();
  await input.setInputFiles({ name: 'beslut.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(page.getByRole('heading', { name: 'Kontrollkoden är okänd' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Uppgifterna i beslut.pdf, kontrollkoden och sidornas text stämmer med det registrerade beslutet.', { exact: false })).toBeVisible();
  const details = page.locator('.verify-details');
  for (const s of ['Digital tjänst', 'Google Workspace for Education', 'Kan godkännas med villkor', 'Anna Berg', '4 december 2026']) await expect(details).toContainText(s);
  await expectNoAxeViolations(page, '(verify, DS decision)');
  await shot(page, 'verify-ds');

  await input.setInputFiles({ name: 'andrad.pdf', mimeType: 'application/pdf', buffer: forged });
  await expect(page.getByRole('heading', { name: 'Dokumentet har ändrats' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('andrad.pdf stämmer inte med det registrerade beslutet')).toBeVisible();
  await expectNoAxeViolations(page, '(verify, edited DS decision)');
  await shot(page, 'verify-ds-edited');

  // Data untouched, one word on a page changed: caught by the pages made again, and the place is named.
  await input.setInputFiles({ name: 'sida.pdf', mimeType: 'application/pdf', buffer: Buffer.from(editVisibleText(pdf, 'Google Workspace for Education', 'Google Workspace for Educatiom')) });
  await expect(page.getByRole('heading', { name: 'Dokumentet har ändrats' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('sida.pdf visar inte det som beslutades.')).toBeVisible();
  await expect(page.locator('.verify-differences')).toContainText('där står ”Educatiom”, men det registrerade beslutet säger ”Education”');
});
