// Validation of a digital service through the UI: choosing the kind, the wizard generated from the
// kind's questions, the derived outcome and findings, autosave, the register and the guardians' list.
// Scenario 7 of the domain brief (reading app on guardian consent, mandatory) must be "Kan inte godkännas".
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { saved } from './wizard-support';

const heading = (page: Page) => page.locator('h1.page-title');
const SHOTS = process.env.DS_SHOTS === '1';

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/ds-${name}-${width}.png`, fullPage: true });
    if (width === 360) await page.screenshot({ path: `test-results/ds-${name}-${width}-top.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const radio = (page: Page, question: string, answer: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
const box = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByRole('checkbox', { name: answer, exact: true }).check();
const field = (page: Page, label: string) =>
  page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('spinbutton', { name: label, exact: true }));
const text = (page: Page, label: string, value: string) => field(page, label).fill(value);

/** From home: "Ny bedömning", then the digital-service kind. */
async function newValidation(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await expect(heading(page)).toHaveText('Vad vill du bedöma?');
  await expect(page.getByRole('button', { name: 'Kamerabevakning' })).toHaveAccessibleDescription(/kameror/);
  await expectNoAxeViolations(page, '(kind choice)');
  await shot(page, 'kind-choice');
  await page.getByRole('button', { name: 'Validering av digital tjänst' }).click();
  await expect(page).toHaveURL(/#\/service\/[^/]+\/step\/service$/);
  await expect(heading(page)).toHaveText('Tjänst och omfattning');
}

test('scenario 7: a mandatory reading app on guardian consent cannot be approved (DS-H03, DS-G01)', async ({ page }) => {
  test.setTimeout(120_000);
  await newValidation(page);

  // Nästa with nothing answered: the gaps are summarised, focused and announced; each field says "Saknas".
  await page.getByRole('button', { name: 'Nästa: Personuppgifter' }).click();
  const gaps = page.getByRole('heading', { name: /Frågor som saknar svar på den här sidan/ });
  await expect(gaps).toBeFocused();
  await expect(field(page, 'Vad heter tjänsten?')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, '(service step with gaps)');
  await shot(page, 'service-gaps');

  await text(page, 'Vad heter tjänsten?', 'Läsresan');
  await text(page, 'Vem levererar tjänsten?', 'Ordlek AB, Sverige');
  await text(page, 'Vad ska tjänsten användas till?', 'Läsförståelse i åk 2.');
  await radio(page, 'Vilken sorts tjänst är det?', 'Lärverktyg eller app');
  await box(page, 'Vilka ska använda tjänsten? (obligatorisk)', 'Elever');
  await box(page, 'Vilka ska använda tjänsten? (obligatorisk)', 'Personal');
  // Applicability: the questions about pupils appear once pupils use the service.
  await box(page, 'Vilka årskurser ska använda tjänsten? (obligatorisk)', 'Åk 2');
  await text(page, 'Hur gammal är den yngsta eleven?', '8');
  await radio(page, 'Hur många ska använda tjänsten?', 'En skola');
  await text(page, 'Ungefär hur många elever?', '60');
  await radio(page, 'Måste eleverna använda tjänsten?', 'Obligatorisk');
  await radio(page, 'Hur finansieras tjänsten?', 'Betald licens');
  await saved(page);

  // Keyboard: Nästa by Tab and Enter; focus lands on the new step's heading.
  const nextButton = page.getByRole('button', { name: 'Nästa: Personuppgifter' });
  await nextButton.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Personuppgifter');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/\/step\/data$/);

  // "Vet inte" is an answer; on a question that needs a real one it counts as missing.
  await radio(page, 'Hanterar tjänsten personuppgifter?', 'Vet inte');
  await expect(page.getByRole('link', { name: /Personuppgifter.*saknas/ })).toBeVisible();
  await radio(page, 'Hanterar tjänsten personuppgifter?', 'Ja');
  await box(page, 'Vilka uppgifter hanterar tjänsten? (obligatorisk)', 'Namn');
  await box(page, 'Vilka uppgifter hanterar tjänsten? (obligatorisk)', 'Elevens arbeten');
  await radio(page, 'Kan känsliga uppgifter förekomma?', 'Nej');
  await radio(page, 'Kan uppgifter om stöd, elevhälsa eller kränkningar förekomma?', 'Nej');
  await radio(page, 'Kan personer med skyddade personuppgifter använda tjänsten?', 'Nej');
  await radio(page, 'Kan eleverna skriva, ladda upp eller dela något?', 'Nej');
  await radio(page, 'Går tjänsten att använda utan elevkonton?', 'Nej');
  await radio(page, 'Poängsätter, rangordnar eller profilerar tjänsten elever?', 'Nej');
  await expectNoAxeViolations(page, '(data step)');
  await page.getByRole('button', { name: 'Nästa: Roller och rättslig grund' }).click();
  await expect(heading(page)).toHaveText('Roller och rättslig grund');

  await radio(page, 'Vem är huvudman?', 'Kommunal');
  await radio(page, 'Vilken roll har leverantören?', 'Personuppgiftsbiträde');
  await radio(page, 'Vilken rättslig grund har behandlingen?', '6.1 a – samtycke');
  await radio(page, 'Måste familjen själv skaffa konto eller godta leverantörens villkor?', 'Nej');
  // The finding shows on the step at once, with its severity in words and its source.
  await expect(page.getByText('Samtycke kan inte vara grund för en tjänst som eleverna måste använda')).toBeVisible();
  await expectNoAxeViolations(page, '(roles step with a finding)');
  await shot(page, 'roles-finding');
  await saved(page);

  await page.getByRole('navigation', { name: 'Steg' }).getByRole('link', { name: /Utfall och fynd/ }).click();
  await expect(heading(page)).toHaveText('Utfall och fynd');
  const outcome = page.getByRole('region', { name: 'Utfall' });
  await expect(outcome).toContainText('Kan inte godkännas');
  const findings = page.getByRole('region', { name: 'Fynd' });
  await expect(findings).toContainText('Regel DS-H03-consent-mandatory');
  await expect(findings).toContainText('Regel DS-G01-art8');
  await expect(findings.getByRole('link', { name: /IMY Skellefteå/ }).first()).toHaveAttribute('href', /imy\.se/);
  await expect(page.getByRole('region', { name: 'Beslut' })).toContainText('Avslås');
  await expectNoAxeViolations(page, '(review, blocked)');
  await shot(page, 'review-blocked');

  // Stored, not only shown: after a reload the answers and the outcome are still there.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Utfall' })).toContainText('Kan inte godkännas');

  // The register lists it under review, with its outcome.
  await page.getByRole('link', { name: 'Digitala tjänster' }).click();
  await expect(heading(page)).toHaveText('Tjänsteförteckning');
  const row = page.getByRole('row', { name: /Läsresan/ });
  await expect(row).toContainText('Under granskning');
  await expect(row).toContainText('Kan inte godkännas');
  await expect(row).toContainText('Åk 2');
  await expectNoAxeViolations(page, '(register)');
  await shot(page, 'register');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner förteckningen (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tjansteforteckning-\d{4}-\d{2}-\d{2}\.csv$/);

  // Not approved, so not on the guardians' list.
  await page.getByRole('link', { name: 'Lista för vårdnadshavare' }).click();
  await expect(heading(page)).toHaveText('Digitala tjänster i skolan');
  await expect(page.getByText('Inga tjänster är godkända än.')).toBeVisible();
  await expectNoAxeViolations(page, '(guardians list)');
});

test('the kind choice and the wizard have no axe violations in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(heading(page)).toHaveText('What do you want to assess?');
  await expectNoAxeViolations(page, '(kind choice, en)');
  await page.getByRole('button', { name: 'Validation of a digital service' }).click();
  await expect(heading(page)).toHaveText('Service and scope');
  await expectNoAxeViolations(page, '(service step, en)');
});

test('Nästa stops at the gaps until asked to go on; Föregående, a step link and the browser move the same wizard', async ({ page }) => {
  await newValidation(page);
  const next = page.getByRole('button', { name: 'Nästa: Personuppgifter' });
  const gaps = page.getByRole('heading', { name: /Frågor som saknar svar på den här sidan/ });
  await next.click();
  await expect(gaps).toBeFocused();
  // Nästa again with answers still missing stops again; going on is a choice of its own.
  await text(page, 'Vad heter tjänsten?', 'Läsresan');
  await next.click();
  await expect(gaps).toBeFocused();
  await expect(heading(page)).toHaveText('Tjänst och omfattning');
  await page.getByRole('button', { name: 'Fortsätt ändå till nästa steg' }).click();
  await expect(heading(page)).toHaveText('Personuppgifter');
  await expect(page).toHaveURL(/\/step\/data$/);

  await page.getByRole('button', { name: 'Föregående: Tjänst och omfattning' }).click();
  await expect(heading(page)).toHaveText('Tjänst och omfattning');
  await expect(page).toHaveURL(/\/step\/service$/);
  await expect(field(page, 'Vad heter tjänsten?')).toHaveValue('Läsresan');
  await expect(gaps).toHaveCount(0);

  await page.goBack();
  await expect(heading(page)).toHaveText('Personuppgifter');
  await page.getByRole('navigation', { name: 'Steg' }).getByRole('link', { name: /Roller och rättslig grund/ }).click();
  await expect(heading(page)).toHaveText('Roller och rättslig grund');
  await expect(heading(page)).toBeFocused();
  // An address naming a step that does not apply (no platform validation is used) leaves the wizard where it
  // is, and the address is put back.
  await page.goto(page.url().replace(/step\/roles$/, 'step/platform'));
  await expect(page).toHaveURL(/\/step\/roles$/);
  await expect(heading(page)).toHaveText('Roller och rättslig grund');
});

/** The element id of the answer at a dotted path, as src/ui/fields/paths.ts makes it. */
const fid = (path: string) => `#f-${path.replace(/\./g, '-')}`;
const oid = (path: string, value: string) => `${fid(path)}--${value.replace(/[^\w-]/g, '-')}`;

/** Answers one question the way a person would: types text, checks the radio or the boxes, adds list rows. */
async function answer(page: Page, path: string, value: unknown): Promise<void> {
  if (value === '' || value === null) return;
  if (Array.isArray(value)) {
    for (const [n, item] of value.entries()) {
      if (typeof item === 'string') {
        await page.locator(oid(path, item)).check();
        continue;
      }
      await page.locator(`${fid(path)}-add`).click();
      await expect(page.locator(fid(`${path}.${n}.${Object.keys(item as object)[0]}`))).toBeFocused();
      for (const [k, v] of Object.entries(item as Record<string, unknown>)) await answer(page, `${path}.${n}.${k}`, v);
    }
    return;
  }
  const box = page.locator(fid(path));
  if ((await box.count()) === 0) return; // does not apply with the answers given
  const tag = await box.evaluate((el) => el.tagName);
  if (tag === 'FIELDSET') await page.locator(oid(path, String(value))).check();
  else await box.fill(String(value));
}

test('scenario 3: Google Workspace decided by the förvaltning is approved with conditions, owned and dated, and reaches both lists', async ({ page }) => {
  test.setTimeout(240_000);
  const doc = JSON.parse(readFileSync(new URL('../fixtures/digital-service/03-workspace-administration.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  (doc.decision as Record<string, unknown>).verdict = 'approveWithConditions';
  const conditions = (doc.decision as { conditions: { public: string }[] }).conditions;
  conditions[2]!.public = 'yes';
  await newValidation(page);
  const nav = page.getByRole('navigation', { name: 'Steg' });
  const steps: [string, string][] = [
    ['service', 'Tjänst och omfattning'], ['data', 'Personuppgifter'], ['roles', 'Roller och rättslig grund'], ['contract', 'Avtal'],
    ['transfer', 'Lagring och överföring'], ['security', 'Säkerhet och konton'], ['safety', 'Barnsäkerhet och AI'],
    ['dpia', 'Konsekvensbedömning'], ['rights', 'Information och rättigheter'], ['decision', 'Beslut och uppföljning'],
  ];
  for (const [id, title] of steps) {
    if (id !== 'service') await nav.getByRole('link', { name: new RegExp(`^${title}( \\(|$)`) }).click();
    await expect(heading(page)).toHaveText(title);
    for (const [key, value] of Object.entries(doc[id] as Record<string, unknown>)) await answer(page, `${id}.${key}`, value);
    if (id === 'decision') {
      await expectNoAxeViolations(page, '(decision step with conditions)');
      await shot(page, 'decision-conditions');
    }
  }
  await saved(page);
  await nav.getByRole('link', { name: /Utfall och fynd/ }).click();
  await expect(page.getByRole('region', { name: 'Utfall' })).toContainText('Kan godkännas med villkor');
  const findings = page.getByRole('region', { name: 'Fynd' });
  for (const id of ['DS-S04-foreign-law-secrecy', 'DS-S05-telemetry', 'DS-S06-generative-ai']) await expect(findings).toContainText(`Regel ${id}`);
  await expect(page.getByRole('region', { name: /Svar som saknas: 0/ })).toBeVisible();
  const tasks = page.getByRole('table', { name: 'Villkoren för ett godkännande, med ansvarig och datum' });
  await expect(tasks.getByRole('row')).toHaveCount(4);
  await expect(tasks.getByRole('row').nth(1)).toContainText('IT-chef Lena');
  await expect(tasks.getByRole('row').nth(1)).toContainText('1 februari 2027');
  await expectNoAxeViolations(page, '(review, approve with conditions)');
  await shot(page, 'review-conditions');

  await page.getByRole('button', { name: 'Registrera beslutet i förteckningen' }).click();
  await expect(page.getByText(/Beslutet registrerades/)).toBeVisible();
  // The decision document, made on this device: a PDF whose pages carry the kontrollkod.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Skapa PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^google-workspace-for-education-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toMatch(/<kb:fingerprint>[0-9a-f]{64}<\/kb:fingerprint>/);
  await expect(page.getByRole('status').filter({ hasText: 'PDF:en är skapad' })).toBeVisible();
  await shot(page, 'review-pdf');

  await page.getByRole('link', { name: 'Digitala tjänster' }).click();
  const row = page.getByRole('row', { name: /Google Workspace/ });
  await expect(row).toContainText('Godkänd med villkor');
  await expect(row).toContainText('Karin Lärare');
  await expect(row).toContainText('Stäng av diagnostikdata till Google.');

  await page.getByRole('link', { name: 'Lista för vårdnadshavare' }).click();
  const entry = page.getByRole('article').filter({ hasText: 'Google Workspace for Education' });
  await expect(entry).toContainText('Dokument, e-post och klassrum för alla grundskolor.');
  await expect(entry).toContainText('Gemini stängs av');
  await expect(entry.getByRole('link', { name: /Läs leverantörens information/ })).toHaveAttribute('href', 'https://example.se/skolan/tjanster');
  // Nothing internal: no owner, no staff names, no internal conditions.
  await expect(entry).not.toContainText('Karin Lärare');
  await expect(entry).not.toContainText('IT-chef Lena');
  await expect(entry).not.toContainText('Stäng av diagnostikdata');
  await expectNoAxeViolations(page, '(guardians list with a service)');
  await shot(page, 'guardians');
  // Avveckla tjänsten: the record stays, three offboarding tasks with owner and date, "Avvecklad" in the register.
  await page.getByRole('link', { name: 'Tillbaka till tjänsteförteckningen' }).click();
  await page.getByRole('link', { name: 'Google Workspace for Education' }).click();
  await page.getByRole('link', { name: /Utfall och fynd/ }).click();
  await expect(page.getByRole('button', { name: 'Exportera som plattformsvalidering' })).toBeVisible();
  await page.getByRole('button', { name: 'Avveckla tjänsten' }).click();
  const offboarding = page.getByRole('table', { name: 'Uppgifter vid avvecklingen, med ansvarig och datum' });
  await expect(offboarding.getByRole('row')).toHaveCount(4);
  await offboarding.getByRole('checkbox', { name: 'Elevernas och personalens konton är borttagna' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible({ timeout: 10_000 });
  await expectNoAxeViolations(page, '(review, discontinued)');
  await shot(page, 'offboarding');
  await page.getByRole('link', { name: 'Digitala tjänster' }).click();
  const ended = page.getByRole('row', { name: /Google Workspace/ });
  await expect(ended).toContainText('Avvecklad');
  await expect(ended).toContainText('Leverantören har bekräftat att uppgifterna är raderade');
  await expect(ended).not.toContainText('konton är borttagna');
});

/** A validation named "Läsresan", saved, and open in a second tab of the same browser. */
async function openInTwoTabs(context: BrowserContext): Promise<{ first: Page; second: Page }> {
  const first = await context.newPage();
  await newValidation(first);
  await text(first, 'Vad heter tjänsten?', 'Läsresan');
  await saved(first);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(field(second, 'Vad heter tjänsten?')).toHaveValue('Läsresan');
  return { first, second };
}

test('two tabs on one validation: the tab that missed the other’s save is told and chooses, nothing is overwritten unnoticed', async ({ context }) => {
  const { first, second } = await openInTwoTabs(context);
  await expect(second.getByText('Valideringen är öppen i en annan flik eller ett annat fönster')).toBeVisible();
  await expect(first.getByText('Valideringen är öppen i en annan flik eller ett annat fönster')).toBeVisible();

  // The first tab saves a change the second never loaded: the second hears of it; then it types on its older copy.
  await text(first, 'Vad heter tjänsten?', 'Läsresan Plus');
  await saved(first);
  await expect(second.getByText('Valideringen har ändrats i en annan flik eller ett annat fönster.')).toBeVisible();
  await text(second, 'Vem levererar tjänsten?', 'Ordlek AB');
  const told = second.getByText('Valideringen har sparats i en annan flik eller ett annat fönster', { exact: false });
  await expect(told).toBeVisible();
  await expectNoAxeViolations(second, '(validation saved in another tab)');
  await first.reload();
  await expect(field(first, 'Vad heter tjänsten?')).toHaveValue('Läsresan Plus');
  await expect(field(first, 'Vem levererar tjänsten?')).toHaveValue('');

  // Reading the saved version drops what the second tab typed and shows the first tab's change.
  await second.getByRole('button', { name: 'Läs in den sparade versionen' }).click();
  await expect(field(second, 'Vad heter tjänsten?')).toHaveValue('Läsresan Plus');
  await expect(told).toHaveCount(0);
  // From there the second tab saves again, on top of the version it has now read.
  await text(second, 'Vem levererar tjänsten?', 'Ordlek AB');
  await saved(second);
  await first.reload();
  await expect(field(first, 'Vem levererar tjänsten?')).toHaveValue('Ordlek AB');
});

test('two tabs on one validation: "Spara min version i stället" replaces the other tab’s draft knowingly', async ({ context }) => {
  const { first, second } = await openInTwoTabs(context);
  await text(first, 'Vad heter tjänsten?', 'Första flikens namn');
  await saved(first);
  await text(second, 'Vad heter tjänsten?', 'Andra flikens namn');
  await second.getByRole('button', { name: 'Spara min version i stället' }).click();
  await saved(second);
  await first.reload();
  await expect(field(first, 'Vad heter tjänsten?')).toHaveValue('Andra flikens namn');
});

test('a validation open while everything is erased in another tab says so and is not written back', async ({ context }) => {
  const first = await context.newPage();
  await newValidation(first);
  await text(first, 'Vad heter tjänsten?', 'Läsresan');
  await saved(first);
  const second = await context.newPage();
  await second.goto('/#/installningar');
  await second.getByRole('button', { name: 'Ta bort allt från den här enheten' }).click();
  await second.getByRole('alertdialog', { name: 'Ta bort allt från den här enheten?' }).getByRole('button', { name: 'Ta bort allt' }).click();
  await expect(second.getByText('Allt är borttaget från den här enheten.')).toBeVisible();

  await expect(first.getByText('Allt på den här datorn raderades i en annan flik eller ett annat fönster.', { exact: false })).toBeVisible();
  // Typing on and leaving the page would have saved the document again; it stays erased.
  const url = first.url();
  await text(first, 'Vem levererar tjänsten?', 'Ordlek AB');
  await first.goto('/#/tjanster');
  await second.goto(url);
  await expect(second.getByText('Valideringen finns inte på den här datorn.')).toBeVisible();
});
