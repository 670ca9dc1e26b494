// Home: the list of assessments, duplicate, delete with confirmation and undo, accessible dialogs.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { importOnHome, signedFixture } from './lifecycle-support';

/** "Ny bedömning", name the school in the wizard, and come back to the list. */
async function createNamed(page: Page, school: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await page.getByRole('button', { name: 'Kamerabevakning' }).click();
  await expect(page).toHaveURL(/#\/a\//);
  await page.getByLabel('Skolans namn').fill(school);
  await page.getByRole('button', { name: 'Spara och gå till mina bedömningar' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina bedömningar' })).toBeVisible();
}

const cards = (page: Page) => page.getByRole('list', { name: 'Bedömningar på den här datorn' }).getByRole('listitem');

test('the list shows created assessments with status, outcome and dates; duplicate adds a copy', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByText('Du har inga bedömningar än')).toBeVisible();

  await createNamed(page, 'Björkhagens skola');
  await createNamed(page, 'Ekbackens skola');
  await expect(cards(page)).toHaveCount(2);
  // Most recently changed first.
  await expect(cards(page).first().getByRole('heading', { level: 3 })).toHaveText('Ekbackens skola');
  const card = cards(page).filter({ hasText: 'Björkhagens skola' });
  await expect(card).toContainText('Utkast');
  await expect(card).toContainText('Ofullständig');
  await expect(card).toContainText('Inga kameror än');
  await expect(card.getByText('Senast ändrad')).toBeVisible();
  // A draft has decided nothing: no next review, not even "Inte bestämt".
  await expect(card.getByText('Nästa prövning')).toHaveCount(0);

  await page.getByRole('button', { name: 'Duplicera Björkhagens skola' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'En kopia av Björkhagens skola' })).toBeVisible();
  await expect(cards(page).filter({ hasText: 'Björkhagens skola' })).toHaveCount(2);
  await expect(cards(page)).toHaveCount(3);

  // The list survives a reload: it is read from IndexedDB, not kept in memory.
  await page.reload();
  await expect(cards(page)).toHaveCount(3);
  await page.getByRole('link', { name: 'Öppna Ekbackens skola' }).click();
  await expect(page.getByLabel('Skolans namn')).toHaveValue('Ekbackens skola');
});

test('delete asks first, moves to the bin, and "Ångra" brings it back; no axe violations with the dialog open, in both languages', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await createNamed(page, 'Tallskolan');
  await createNamed(page, 'Granskolan');

  const opener = page.getByRole('button', { name: 'Ta bort Tallskolan' });
  await opener.click();
  const dialog = page.getByRole('alertdialog', { name: 'Ta bort Tallskolan?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, '(home, delete dialog, sv)');

  // Escape closes without deleting and gives focus back to the button that opened the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(cards(page)).toHaveCount(2);

  await opener.click();
  await dialog.getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByText('Tallskolan flyttades till papperskorgen.')).toBeVisible();
  const undo = page.getByRole('button', { name: 'Ångra' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByText('Tallskolan är tillbaka.')).toBeVisible();
  await expect(cards(page)).toHaveCount(2);

  // Deleted without undo: it waits in the bin under Settings.
  await page.getByRole('button', { name: 'Ta bort Granskolan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const bin = page.getByRole('region', { name: 'Papperskorgen' });
  await expect(bin.getByText('Granskolan')).toBeVisible();

  await page.getByRole('link', { name: 'Mina bedömningar' }).click();
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'Delete Tallskolan' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Delete Tallskolan?' })).toBeVisible();
  await expectNoAxeViolations(page, '(home, delete dialog, en)');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Assessments on this computer' }).getByRole('listitem')).toHaveCount(1);
});

test('the list and the empty state have no axe violations in either language', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await createNamed(page, 'Lindängsskolan');
  await expectNoAxeViolations(page, '(home list, sv)');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await expectNoAxeViolations(page, '(home list, en)');
});

test('settings and verify have no axe violations in either language', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await createNamed(page, 'Lindängsskolan');
  for (const [path, sv, en] of [
    ['/#/installningar', 'Inställningar', 'Settings'],
    ['/#/verifiera', 'Verifiera dokument', 'Verify a document'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: sv })).toBeVisible();
    await expectNoAxeViolations(page, `(${path}, sv)`);
    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: en })).toBeVisible();
    await expectNoAxeViolations(page, `(${path}, en)`);
    await page.getByRole('button', { name: 'På svenska' }).click();
  }
  // The erase confirmation is a dialog too.
  await page.goto('/#/installningar');
  await page.getByRole('button', { name: 'Ta bort allt från den här enheten' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page, '(erase dialog)');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Ta bort allt från den här enheten' })).toBeFocused();
});

test('a browser that lost localStorage but kept the database still lists what it holds', async ({ context }) => {
  // Without the language and the install marker home takes the visit for a first one and shows the empty page
  // at once; the read that follows brings the stored assessment into view.
  const page = await context.newPage();
  await page.goto('/');
  await createNamed(page, 'Lindängsskolan');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Lindängsskolan');
  await expect(page.getByText('Du har inga bedömningar än')).toHaveCount(0);
});

test('home left open past midnight judges the review dates by the new day', async ({ page }) => {
  // Signed for the decision of 2026-09-15: the next review is 2027-09-15, "soon" that day, overdue the next.
  const signed = await signedFixture('facade-night.json', '2026-09-18T08:00:00.000Z');
  const review = signed.decision.nextReviewDate;
  expect(review).toBe('2027-09-15');
  await page.clock.install({ time: new Date('2027-09-15T23:57:00+02:00') });
  await page.goto('/');
  await importOnHome(page, [signed]);
  const card = page.getByRole('region', { name: /^Gällande beslut/ }).getByRole('listitem');
  await expect(card).toContainText('Snart dags');

  await page.clock.fastForward('04:00');
  await expect(card).toContainText('Försenad');
  await expect(card).not.toContainText('Snart dags');
});
