// The incident table: rows pasted from a spreadsheet (header row, Swedish dates), an unreadable paste that
// adds nothing and says why, sorting by date, and axe on the step in Swedish and English, wide and narrow; a
// CSV log imported, sorted and exported by keyboard alone.
import { readFileSync } from 'node:fs';
import type { FileChooser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { field, fillSchool, heading, newAssessment, next, saved, tabTo } from './wizard-support';

const LOG = ['Datum\tKlockslag\tPlats\tTyp\tVad hände?\tPolisanmälan\tKostnad', '4/11 2026\t21:15\tNorra fasaden\tInbrott\tFönster krossat\t5000-K1-26\t18 500 kr', '2026-11-02\t\tGården\tKlotter\t\t\t'].join('\r\n');

test('pasting an incident log adds one row per line; an unreadable one adds nothing', async ({ page }) => {
  test.setTimeout(150_000);
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  await expect(heading(page)).toHaveText('Problem och syfte');

  const paste = page.getByRole('textbox', { name: 'Klistra in från kalkylblad' });
  await paste.fill('2026-12-01\tGymmet\nigår\tGården\tOkänd typ');
  await page.getByRole('button', { name: 'Lägg till raderna' }).click();
  await expect(page.getByRole('alert')).toContainText('Inget lades till');
  await expect(page.getByRole('alert')).toContainText('Rad 2, Datum: ”igår”');
  await expect(page.locator('.repeating__count')).toHaveText('(0)');

  await paste.fill(LOG);
  await page.getByRole('button', { name: 'Lägg till raderna' }).click();
  await expect(page.locator('.repeating__count')).toHaveText('(2)');
  await expect(page.locator(field('problem.incidents.0.date'))).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Datum, händelse 1' })).toHaveValue('2026-11-04');
  await expect(page.getByRole('combobox', { name: 'Typ av händelse, händelse 1' })).toHaveValue('breakin');
  await expect(page.getByRole('spinbutton', { name: 'Kostnad, händelse 1' })).toHaveValue('18500');
  await expect(page.getByRole('textbox', { name: 'Plats, händelse 2' })).toHaveValue('Gården');
  await expect(paste).toHaveValue('');

  await page.getByRole('button', { name: 'Sortera efter datum' }).click();
  await expect(page.getByRole('textbox', { name: 'Datum, händelse 1' })).toHaveValue('2026-11-02');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Plats, händelse 2' })).toHaveValue('Norra fasaden');

  for (const [width, lang] of [
    [1280, 'sv'],
    [360, 'sv'],
    [360, 'en'],
    [1280, 'en'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    if (lang === 'en' && (await page.getByRole('button', { name: 'In English' }).isVisible())) await page.getByRole('button', { name: 'In English' }).click();
    await expectNoAxeViolations(page, `incidents ${lang} ${width}`);
    await page.screenshot({ path: `test-results/incidents-${lang}-${width}.png`, fullPage: true });
  }
});

/**
 * Every file chooser the page opens, from a listener kept for the whole test. Playwright turns Chromium's
 * interception of file choosers on when a page gets its first 'filechooser' listener and off when it loses the
 * last, and waits for neither: with waitForEvent around each Space, the second Space could reach the page before
 * interception was on again, open the real dialog (invisible, headless) and no event came. Kept on from the
 * start, interception is on long before any Space.
 */
function fileChoosers(page: Page): () => Promise<FileChooser> {
  const opened: FileChooser[] = [];
  page.on('filechooser', (chooser) => opened.push(chooser));
  let taken = 0;
  return async () => {
    await expect.poll(() => opened.length, { message: 'a file chooser opens' }).toBeGreaterThan(taken);
    const chooser = opened[taken++];
    if (!chooser) throw new Error('no file chooser');
    return chooser;
  };
}

test('by keyboard alone: a CSV log is imported, sorted and exported again, and the export reads back the same', async ({ page }) => {
  test.setTimeout(150_000);
  const nextChooser = fileChoosers(page);
  await newAssessment(page);
  await fillSchool(page);
  await next(page);
  await expect(heading(page)).toHaveText('Problem och syfte');

  // What LibreOffice writes for a Swedish locale: BOM, ';' and CRLF, a header row, a quoted cell with a ';'.
  const csv = '\uFEFFDatum;Klockslag;Plats;Typ;Vad hände?;Polisanmälan;Kostnad\r\n2026-11-20;22:40;Gården;Klotter;"Taggar; två väggar";;\r\n2026-10-03;;Norra fasaden;Inbrott;;5000-K2-26;12000\r\n';
  await tabTo(page, 'input[type=file]');
  await page.keyboard.press('Space');
  const chooser = await nextChooser();
  await chooser.setFiles({ name: 'handelser.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('.repeating__count')).toHaveText('(2)');
  await expect(page.locator(field('problem.incidents.0.date'))).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Vad hände?, händelse 1' })).toHaveValue('Taggar; två väggar');

  await tabTo(page, { button: 'Sortera efter datum' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Datum, händelse 1' })).toHaveValue('2026-10-03');

  await tabTo(page, { button: 'Exportera som CSV' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(download.suggestedFilename()).toBe('handelser.csv');
  expect(exported.startsWith('\uFEFF')).toBe(true);
  // The columns carry the names the table shows.
  expect(exported.slice(1).split('\r\n')[0]).toBe('Datum;Klockslag;Plats;Typ av händelse;Vad hände?;Polisanmälans nummer;Kostnad');
  expect(exported).toContain('2026-10-03;;Norra fasaden;Inbrott;;5000-K2-26;12000');

  // Importing the export adds the same two rows again: nothing is lost on the way out and back.
  await tabTo(page, 'input[type=file]', { back: true });
  await page.keyboard.press('Space');
  const again = await nextChooser();
  await again.setFiles({ name: 'handelser.csv', mimeType: 'text/csv', buffer: Buffer.from(exported) });
  await expect(page.locator('.repeating__count')).toHaveText('(4)');
  await expect(page.getByRole('textbox', { name: 'Polisanmälans nummer, händelse 3' })).toHaveValue('5000-K2-26');
  await expect(page.getByRole('textbox', { name: 'Vad hände?, händelse 4' })).toHaveValue('Taggar; två väggar');
});
