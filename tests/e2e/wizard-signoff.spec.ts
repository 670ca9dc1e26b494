// Sign-off: the decision per camera, the form (typed or drawn signature), and the locked view after.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { field, heading } from './wizard-support';
import { loadFixture, openImported, type FixtureDoc } from './lifecycle-support';

/** The night-time facade with its first camera only, decided on 20 November and nothing decided yet: the review
 * as filling every step by hand leaves it (that filling is wizard-keyboard's and wizard-reload's test). */
function undecidedFacade(): FixtureDoc {
  const doc = loadFixture('facade-night.json');
  doc.cameras = doc.cameras.slice(0, 1);
  // The surveillance may not start before the decision, so the planned start moves with it.
  Object.assign(doc.school, { decisionDate: '2026-11-20', plannedStart: '2026-12-01' });
  doc.decision = { cameraDecisions: [], overallReason: '', nextReviewDate: '', registryNumber: '' };
  return doc;
}

async function toDecision(page: Page): Promise<void> {
  await openImported(page, undecidedFacade());
  await expect(heading(page)).toHaveText('Granskning');
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await expect(heading(page)).toHaveText('Beslut och underskrift');
}

test('the principal decides camera by camera and signs with the typed name; the signed view is locked and fingerprinted', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await toDecision(page);
  // The next review date is suggested from the decision date and the policy (12 months).
  await expect(page.locator(field('decision.nextReviewDate'))).toHaveValue('2027-11-20');
  await expect(page.getByRole('heading', { name: 'Skriv under beslutet' })).toBeVisible();

  // Signing before deciding: told what is missing, with a way to each.
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();
  await expect(page.locator('#sign-gaps')).toBeFocused();
  await expect(page.locator('#sign-gaps')).toContainText('Beslut för Kamera 1');

  await page.getByRole('radio', { name: 'Godkänn bevakningen' }).check();
  await page.locator(field('decision.overallReason')).fill('Problemet är dokumenterat och bevakningen begränsad till fasaden nattetid.');
  await page.locator(field('decision.registryNumber')).fill('UN 2026/1234');
  await expect(page.locator('#sign-gaps')).toHaveCount(0);

  // The form itself: attestation and signature are required.
  await page.getByLabel('Skriva mitt namn som underskrift').check();
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();
  await expect(page.locator('#sign-errors')).toContainText('Kryssa i att du intygar uppgifterna.');
  await expect(page.locator('#sign-errors')).toContainText('Skriv ditt namn som underskrift.');
  await expect(page.locator('#sign-name')).toHaveValue('Åsa Öberg');
  await page.getByLabel('Jag intygar att uppgifterna stämmer och att detta är mitt beslut.').check();
  await page.getByLabel('Skriv ditt fullständiga namn som underskrift').fill('Åsa Öberg');
  await page.locator('#sign-place').fill('Exempelstad');
  await expectNoAxeViolations(page, '(sign-off form, errors shown)');
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();

  await expect(heading(page)).toHaveText('Undertecknat beslut');
  await expect(page.locator('.fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.locator('.signed')).toContainText('Åsa Öberg');
  await expect(page.locator('.signed')).toContainText('Exempelstad');
  // Nothing is editable any more: no stepper, no answer fields, no "Ändra".
  await expect(page.getByRole('navigation', { name: 'Steg i bedömningen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ändra/ })).toHaveCount(0);
  await expect(page.locator('.answers')).toContainText('Idrottshallens södra fasad');
  await expectNoAxeViolations(page, '(locked)');
  const fingerprint = await page.locator('.fingerprint').innerText();

  await page.reload();
  await expect(heading(page)).toHaveText('Undertecknat beslut');
  await expect(page.locator('.fingerprint')).toHaveText(fingerprint);

  await page.getByRole('button', { name: 'Starta ny version' }).click();
  await expect(page.locator('.wizard__doc')).toContainText('version 2');
  await expect(page.getByRole('navigation', { name: 'Steg i bedömningen' })).toBeVisible();
});

test('a drawn signature can be cleared and drawn again, and is shown on the signed assessment', async ({ page }) => {
  test.setTimeout(120_000);
  await toDecision(page);
  await page.getByRole('radio', { name: 'Godkänn bevakningen' }).check();
  await page.locator(field('decision.overallReason')).fill('Bevakningen är begränsad till fasaden nattetid.');
  await page.getByLabel('Jag intygar att uppgifterna stämmer och att detta är mitt beslut.').check();

  const canvas = page.getByRole('img', { name: /Ruta för namnteckning/ });
  const draw = async () => {
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 ? -25 : 25));
    await page.mouse.up();
  };
  await draw();
  await page.getByRole('button', { name: 'Rensa namnteckningen' }).click();
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();
  await expect(page.locator('#sign-errors')).toContainText('Rita din namnteckning');
  await draw();
  await page.getByRole('button', { name: 'Skriv under beslutet' }).click();
  await expect(heading(page)).toHaveText('Undertecknat beslut');
  await expect(page.getByRole('img', { name: 'Namnteckning av Åsa Öberg' })).toBeVisible();
});

test('a wizard left open past midnight judges by the new day and offers it as the signing date', async ({ page }) => {
  // The evening before the decision date: the date is still in the future.
  await page.clock.install({ time: new Date('2026-11-19T23:57:00+01:00') });
  await openImported(page, undecidedFacade());
  await expect(heading(page)).toHaveText('Granskning');
  const future = page.getByText('Beslutsdatumet ligger efter dagens datum', { exact: false });
  await expect(future.first()).toBeVisible();
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await expect(heading(page)).toHaveText('Beslut och underskrift');
  await expect(page.locator('#sign-date')).toHaveValue('2026-11-19');

  await page.clock.fastForward('04:00');
  await expect(page.locator('#sign-date')).toHaveValue('2026-11-20');
  await page.getByRole('button', { name: 'Tillbaka till granskningen' }).click();
  await expect(heading(page)).toHaveText('Granskning');
  await expect(future).toHaveCount(0);
});
