// Never lose a principal's work, end to end in Chromium on the built app.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { newAssessment } from './wizard-support';
import { loadFixture, openImported } from './lifecycle-support';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/facade-night.json', import.meta.url), 'utf8')) as { id: string; school: { schoolName: string } };

/** A backup file in the app's format (the checksum is SHA-256 of the canonical JSON of the payload). */
async function backupOf(assessments: unknown[]): Promise<string> {
  const payload = { assessments: assessments.map((assessment) => ({ assessment, versions: [], deletedAt: null })), policy: null };
  return JSON.stringify({
    format: 'kamerabedomning/backup',
    formatVersion: 1,
    schemaVersion: 1,
    appVersion: 'e2e',
    createdAt: '2026-11-01T10:00:00.000Z',
    checksum: await sha256Hex(canonicalJson(payload)),
    payload,
  });
}

const schoolName = (page: Page) => page.getByLabel('Skolans namn');
const listItems = (page: Page) => page.getByRole('list', { name: 'Bedömningar på den här datorn' }).getByRole('listitem');

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.goto('/#/installningar');
  await page.getByRole('region', { name: 'Importera säkerhetskopia' }).locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (download as Download).suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('typing and reloading at once, without waiting, keeps the text', async ({ context }) => {
  const page = await context.newPage();
  await newAssessment(page);
  await schoolName(page).pressSequentially('Råslätts skola');
  await page.reload();
  await expect(schoolName(page)).toHaveValue('Råslätts skola');
});

test('closing the page mid-typing and opening it again keeps the text', async ({ context }) => {
  const page = await context.newPage();
  const url = await newAssessment(page);
  await schoolName(page).pressSequentially('Ängsbacksskolan');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await expect(schoolName(again)).toHaveValue('Ängsbacksskolan');
});

test('two tabs on the same assessment: the conflict is shown and both versions can be kept', async ({ context }) => {
  const first = await context.newPage();
  const url = await newAssessment(first);
  const second = await context.newPage();
  await second.goto(url);
  await expect(schoolName(second)).toBeVisible();
  await expect(second.getByText('Bedömningen är öppen i en annan flik')).toBeVisible();

  await schoolName(first).fill('Första flikens skola');
  await schoolName(first).blur();
  await expect(first.getByRole('status').filter({ hasText: /^Sparat \d\d:\d\d$/ })).toBeVisible();
  await expect(second.getByText('Bedömningen har ändrats i en annan flik.')).toBeVisible();

  // The second tab did not load those changes and types on: saving would overwrite them, so it asks.
  await schoolName(second).fill('Andra flikens skola');
  await schoolName(second).blur();
  const dialog = second.getByRole('dialog', { name: 'Bedömningen ändrades på två ställen' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(second, '(conflict dialog)');
  await dialog.getByRole('button', { name: 'Behåll båda' }).click();
  await expect(dialog).toBeHidden();
  await expect(second).not.toHaveURL(url);
  await expect(schoolName(second)).toHaveValue('Andra flikens skola');

  await first.goto('/');
  await expect(listItems(first)).toHaveCount(2);
  await expect(listItems(first).filter({ hasText: 'Första flikens skola' })).toHaveCount(1);
  await expect(listItems(first).filter({ hasText: 'Andra flikens skola' })).toHaveCount(1);
});

test('a tab that has not changed anything can load the other tab’s changes; "keep mine" overwrites them knowingly', async ({ context }) => {
  const first = await context.newPage();
  const url = await newAssessment(first);
  const second = await context.newPage();
  await second.goto(url);
  // The second tab has loaded the assessment and hears the first one before the first one saves.
  await expect(second.getByText('Bedömningen är öppen i en annan flik')).toBeVisible();
  await schoolName(first).fill('Version från flik 1');
  await schoolName(first).blur();
  await second.getByRole('button', { name: 'Läs in de ändringarna' }).click();
  await expect(schoolName(second)).toHaveValue('Version från flik 1');

  // Now the first tab is behind: its next change conflicts, and the principal keeps that one.
  await schoolName(second).fill('Version från flik 2');
  await schoolName(second).blur();
  await expect(second.getByRole('status').filter({ hasText: /^Sparat \d\d:\d\d$/ })).toBeVisible();
  await schoolName(first).fill('Slutlig version');
  await schoolName(first).blur();
  await first.getByRole('dialog').getByRole('button', { name: 'Behåll min version' }).click();
  await expect(first.getByRole('dialog')).toBeHidden();
  await expect(first.getByRole('status').filter({ hasText: /^(Allt är sparat|Sparat \d\d:\d\d)$/ })).toBeVisible();
  await second.reload();
  await expect(schoolName(second)).toHaveValue('Slutlig version');
});

test('a malformed file gets one clear Swedish message and leaves the list unchanged', async ({ context }) => {
  const page = await context.newPage();
  await importFile(page, 'facade.json', await backupOf([fixture]));
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar: 1 tillagda/)).toBeVisible();

  await importFile(page, 'trasig.json', '{"format": "kamerabedomning/backup", "payload": [');
  await expect(page.getByRole('alert').filter({ hasText: 'inte giltig JSON' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const tampered = JSON.parse(await backupOf([{ ...fixture, id: 'another' }])) as { payload: { assessments: { assessment: { school: { schoolName: string } } }[] } };
  tampered.payload.assessments[0]!.assessment.school.schoolName = 'Ändrad i efterhand';
  await importFile(page, 'andrad.json', JSON.stringify(tampered));
  await expect(page.getByRole('alert').filter({ hasText: 'Kontrollsumman stämmer inte' })).toBeVisible();

  await importFile(page, 'annat.json', JSON.stringify({ hello: 'world' }));
  await expect(page.getByRole('alert').filter({ hasText: 'inte en säkerhetskopia från Kamerabedömning' })).toBeVisible();

  await page.goto('/');
  await expect(listItems(page)).toHaveCount(1);
  await expect(listItems(page).first()).toContainText(fixture.school.schoolName);
});

test('export everything, erase this device, import the file: every assessment is back, identical', async ({ context }) => {
  const page = await context.newPage();
  await importFile(page, 'facade.json', await backupOf([fixture]));
  await page.getByRole('dialog').getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar/)).toBeVisible();
  await newAssessment(page);
  await schoolName(page).fill('Hagaskolan');
  await page.getByRole('button', { name: 'Spara och gå till mina bedömningar' }).first().click();
  await expect(listItems(page)).toHaveCount(2);

  await page.goto('/#/installningar');
  const before = await downloaded(page, () => page.getByRole('button', { name: 'Exportera alla' }).click());
  expect(before.name).toMatch(/^kamerabedomning-sakerhetskopia-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/med 2 bedömningar har laddats ned/)).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort allt från den här enheten' }).click();
  await page.getByRole('alertdialog', { name: 'Ta bort allt från den här enheten?' }).getByRole('button', { name: 'Ta bort allt' }).click();
  await expect(page.getByText('Allt är borttaget från den här enheten.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Du har inga bedömningar än')).toBeVisible();

  await importFile(page, before.name, before.text);
  const plan = page.getByRole('dialog', { name: 'Importera säkerhetskopian?' });
  await expect(plan).toContainText('2 läggs till');
  await plan.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar: 2 tillagda/)).toBeVisible();

  const after = await downloaded(page, () => page.getByRole('button', { name: 'Exportera alla' }).click());
  const payload = (text: string) => (JSON.parse(text) as { payload: unknown }).payload;
  expect(canonicalJson(payload(after.text))).toBe(canonicalJson(payload(before.text)));
  await page.goto('/');
  await expect(listItems(page)).toHaveCount(2);
});

test('a failed save is shown at once with a way out: the backup it offers holds the unsaved text', async ({ context }) => {
  const page = await context.newPage();
  await newAssessment(page);
  // The disk is full from now on: every IndexedDB write fails the way a browser reports it.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await schoolName(page).fill('Kvarnbackens skola');
  await schoolName(page).blur();
  const alert = page.getByRole('alert').filter({ hasText: 'lagringsutrymmet på den här datorn är fullt' });
  await expect(alert).toBeVisible();
  const backup = await downloaded(page, () => alert.getByRole('button', { name: 'Spara en säkerhetskopia' }).click());
  expect(backup.text).toContain('Kvarnbackens skola');

  // Space freed: the app tries again by itself and stores the text, and the backup file imports cleanly elsewhere.
  await expect(alert.getByRole('button', { name: 'Försök igen nu' })).toBeVisible();
  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await expect(page.getByRole('status').filter({ hasText: /^Sparat \d\d:\d\d$/ })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(schoolName(page)).toHaveValue('Kvarnbackens skola');

  await page.goto('/#/installningar');
  await page.getByRole('button', { name: 'Ta bort allt från den här enheten' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort allt' }).click();
  await expect(page.getByText('Allt är borttaget från den här enheten.')).toBeVisible();
  await importFile(page, backup.name, backup.text);
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  // Leave only once the app says the import is done, as a user would.
  await expect(page.getByText(/Importen är klar/)).toBeVisible();
  await page.goto('/');
  await expect(listItems(page).filter({ hasText: 'Kvarnbackens skola' })).toHaveCount(1);
});

test('when the browser has wiped the saved assessments, the app says so and offers to restore a backup', async ({ context }) => {
  const page = await context.newPage();
  await newAssessment(page);
  await schoolName(page).fill('Solbackens skola');
  await page.getByRole('button', { name: 'Spara och gå till mina bedömningar' }).first().click();
  await expect(listItems(page)).toHaveCount(1);
  // What a browser does under storage pressure: the database disappears, localStorage may not.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('kamerabedomning');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Dina sparade bedömningar finns inte längre på den här datorn' });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: 'Återställ från säkerhetskopia' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Importera säkerhetskopia' })).toBeVisible();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expect(page.getByText('Dina sparade bedömningar finns inte längre')).toHaveCount(0);
});

test('two tabs left open on one draft past midnight both judge by the new day without asking the principal to choose', async ({ context }) => {
  // The decision dated a year and a day ahead: implausible (KB-H17) until midnight, when it is a year ahead, so
  // the draft's outcome and list entry change and each tab saves the new day's entry. Both save the same document:
  // the second to save is told nothing is in conflict, and both go on.
  await context.clock.install({ time: new Date('2026-11-19T23:57:00+01:00') });
  const doc = loadFixture('facade-night.json');
  doc.cameras = doc.cameras.slice(0, 1);
  Object.assign(doc.school, { decisionDate: '2027-11-20', plannedStart: '2027-12-01' });
  doc.decision = { cameraDecisions: [], overallReason: '', nextReviewDate: '', registryNumber: '' };
  const first = await context.newPage();
  await openImported(first, doc);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByText('Bedömningen är öppen i en annan flik')).toBeVisible();
  const implausible = (page: Page) => page.getByText('Ett värde kan inte stämma', { exact: false }).first();
  await expect(implausible(first)).toBeVisible();
  await expect(implausible(second)).toBeVisible();

  await context.clock.fastForward('04:00');
  await expect(implausible(first)).toBeHidden();
  await expect(implausible(second)).toBeHidden();
  // Long enough for both autosaves to have written (their debounce runs on the same clock).
  await context.clock.runFor(5000);
  for (const page of [first, second]) {
    await expect(page.getByRole('dialog', { name: 'Bedömningen ändrades på två ställen' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /^(Allt är sparat|Sparat \d\d:\d\d)$/ })).toBeVisible();
  }
});
