// A drawing or photo for a camera: attach a PNG, mark three corners with the mouse, reload (it is still
// there), then the PDF: the full copy carries the image, the copy for distribution does not, and the full copy
// imported on another device brings the image back.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { pdfText } from '../support/pdf-text';
import { FACADE_NIGHT, assessmentToReview, heading, next, saved } from './wizard-support';

/** A 320×200 PNG drawn by the browser: a grey plan with a dark wall. */
async function planPng(page: Page): Promise<Buffer> {
  const data = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 200;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#eee';
    ctx.fillRect(0, 0, 320, 200);
    ctx.fillStyle = '#333';
    ctx.fillRect(20, 20, 280, 12);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  return Buffer.from(data, 'base64');
}

async function openCamera(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Steg i bedömningen' }).getByRole('button', { name: /Kameror/ }).click();
  await page.getByRole('button', { name: 'Svara på frågorna Kamera 1' }).click();
  await expect(heading(page)).toHaveText(/^Kameror: /);
}

async function downloadPdf(page: Page, distribution: boolean): Promise<Buffer> {
  const omit = page.getByLabel('Utelämna exakta placeringar (kopia för spridning)');
  if (distribution) await omit.check();
  else await omit.uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned PDF' }).click()]);
  return readFileSync(await download.path());
}

/** A click at (x, y), as fractions of the shown image. */
async function clickAt(page: Page, x: number, y: number): Promise<void> {
  const image = page.getByRole('img', { name: /^Ritning eller foto för / });
  await image.scrollIntoViewIfNeeded();
  const box = await image.boundingBox();
  if (!box) throw new Error('no image');
  await page.mouse.click(box.x + x * box.width, box.y + y * box.height);
}

const images = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length;

test('a camera gets a drawing with its field of view marked; the full PDF prints it, the distribution copy does not', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await assessmentToReview(page, [FACADE_NIGHT]);
  await openCamera(page);

  // Too large: one clear message, nothing attached.
  const chooser = page.getByLabel(/Välj ritning eller foto/);
  await chooser.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.alloc(16 * 1024 * 1024) });
  await expect(page.getByRole('alert')).toContainText('Filen är för stor (16 MB). Välj en bild på högst 15 MB. Inget har ändrats.');
  await expect(page.getByRole('button', { name: 'Ta bort bilden' })).toHaveCount(0);

  await chooser.setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: await planPng(page) });
  const image = page.getByRole('img', { name: /^Ritning eller foto för / });
  await expect(image).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('');
  for (const [x, y] of [[0.2, 0.3], [0.8, 0.3], [0.5, 0.9]] as const) await clickAt(page, x, y);
  await expect(page.getByText('Markerade hörn: 3.')).toBeVisible();
  await expect(page.locator('.camera-view__canvas polygon')).toHaveCount(1);
  await expectNoAxeViolations(page, 'camera editor with an image');

  await saved(page);
  await page.reload();
  // A reload returns to the list of cameras.
  await page.getByRole('button', { name: 'Svara på frågorna Kamera 1' }).click();
  await expect(page.getByRole('img', { name: /^Ritning eller foto för / })).toBeVisible();
  await expect(page.getByText('Markerade hörn: 3.')).toBeVisible();
  await expect(page.locator('.camera-view__canvas circle')).toHaveCount(3);

  // Undo one corner, then put it back: the buttons work from the keyboard.
  await page.getByRole('button', { name: 'Ta bort senaste hörnet' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Markerade hörn: 2.')).toBeVisible();
  await clickAt(page, 0.5, 0.9);
  await expect(page.getByText('Markerade hörn: 3.')).toBeVisible();
  await saved(page);

  await page.getByRole('button', { name: 'Klar – tillbaka till kameralistan' }).click();
  // The steps after the cameras were answered before; after the reload Nästa leads through them to the review.
  while ((await heading(page).innerText()) !== 'Granskning') await next(page);
  const full = await downloadPdf(page, false);
  expect(images(full)).toBeGreaterThan(0);
  const fullText = await pdfText(full);
  expect(fullText).toContain('Bilaga: Ritningar och foton');
  expect(fullText).toContain('Upptagningsområde: Den del av platsen där händelserna har skett.');

  const distribution = await downloadPdf(page, true);
  expect(images(distribution)).toBe(0);
  expect(await pdfText(distribution)).toContain('Ritningar och foton med kamerornas upptagningsområden är utelämnade i denna kopia');

  // The full copy imported on another device brings the drawing and its marking with it.
  const other = await (await browser.newContext({ baseURL: page.url().replace(/#.*$/, '') })).newPage();
  await other.goto('/');
  await other.getByLabel('Importera säkerhetskopia eller PDF').setInputFiles({ name: 'full.pdf', mimeType: 'application/pdf', buffer: full });
  await other.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(other.getByText(/Importen är klar: 1 tillagda/)).toBeVisible();
  await other.getByRole('link', { name: 'Öppna Lindängsskolan' }).click();
  await openCamera(other);
  await expect(other.getByRole('img', { name: /^Ritning eller foto för / })).toBeVisible();
  await expect(other.locator('.camera-view__canvas circle')).toHaveCount(3);
});
