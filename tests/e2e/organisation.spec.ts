// First run: set up the organisation from the example, save the organisation file, read it in on another
// computer (a fresh profile) after seeing what changes. (That the evaluation uses it: tests/unit/storage/organisation.test.ts.)
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { field, heading } from './wizard-support';

async function axeAtBothWidths(page: Page, note: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `${note} ${width}px`);
    await page.screenshot({ path: `/tmp/org-${note.replace(/\W+/g, '-')}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('first run: set up from the example by keyboard, export the file, import it elsewhere', async ({ page, browser }) => {
  // Six axe runs (two pages, two widths, the import's changes) on a shared machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ställ in din organisation' })).toBeVisible();
  await expect(page.getByText('exempelpolicyn (Stockholms stads anvisningar)')).toBeVisible();
  await axeAtBothWidths(page, 'home first run');

  // Keyboard only from here: the link, the example, the form.
  const link = page.getByRole('link', { name: 'Ställ in din organisation' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Din organisation');
  await expect(page.locator(field('org.maxRetentionHours'))).toHaveValue('');
  await page.getByRole('button', { name: 'Använd som utgångspunkt' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(field('org.maxRetentionHours'))).toHaveValue('72');
  await page.getByRole('button', { name: 'Spara organisationen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Rätta 3 fält' })).toBeVisible();
  await expect(page.locator(field('org.ownerName'))).toBeFocused();
  await expect(page.getByText('Skriv huvudmannens namn.')).toBeVisible();
  await axeAtBothWidths(page, 'organisation errors');

  await page.keyboard.type('Utbildningsnämnden i Exempelstad');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Utbildningsförvaltningen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Maja Lindqvist');
  await page.keyboard.press('Tab');
  await page.keyboard.type('dso@exempelstad.se');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('48');
  await page.getByRole('button', { name: 'Spara organisationen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Organisationen är sparad' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara organisationsfil' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'kamerabedomning-organisationsfil', version: 1, policy: { maxRetentionHours: 48 } });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ställ in din organisation' })).toHaveCount(0);

  // Another school's computer: a fresh profile.
  const other = await browser.newContext();
  const school = await other.newPage();
  await school.goto('/#/installningar/organisation');
  await expect(heading(school)).toHaveText('Din organisation');
  await school.locator('input[type=file]').setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('"version": 1', '"version": "1"')) });
  await expect(school.getByRole('alert').filter({ hasText: 'Organisationsfilen kommer från en nyare version' })).toBeVisible();
  await school.locator('input[type=file]').setInputFiles({ name: 'organisationsfil.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const changes = school.getByRole('region', { name: 'Det här ändras om du använder filen' });
  await expect(changes.getByRole('row', { name: /Längsta lagringstid \(timmar\) 72 48/ })).toBeVisible();
  await axeAtBothWidths(school, 'organisation import changes');
  await school.getByRole('button', { name: 'Använd organisationsfilen' }).click();
  await expect(school.getByRole('status').filter({ hasText: 'Organisationsfilen är inläst' })).toBeVisible();
  await expect(school.locator(field('org.ownerName'))).toHaveValue('Utbildningsnämnden i Exempelstad');

  await other.close();
});

test('in English the setup page has no axe violations, and Ny bedömning still works without setup', async ({ page }) => {
  await page.goto('/#/installningar/organisation');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'Use as a starting point' }).click();
  await axeAtBothWidths(page, 'organisation en');
  await page.goto('/#/ny');
  await expect(page.getByText('No organisation is set up')).toBeVisible();
});
