// The save line while the principal types, for both kinds: a keystroke the document does not have yet turns
// it to "sparas …" at once (not a moment later, when the field commits), it says saved only once that text is
// stored, and a screen reader hears the settled line, never each flip to "sparas …".
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { field, heading, newAssessment, saved } from './wizard-support';

const SHOTS = process.env.SAVE_SHOTS === '1';

/** Types one character as the browser would and reads the save line once the page has rendered it. */
async function keystrokeThenLine(page: Page, selector: string): Promise<{ state: string | null; heard: string }> {
  return page.evaluate(async (sel) => {
    const box = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel);
    if (!box) throw new Error(`no ${sel}`);
    box.focus();
    box.value += 'x';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
    // Preact renders after the event's task; nothing here waits for the field's own pause.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const line = document.querySelector('[data-save-state]');
    return { state: line?.getAttribute('data-save-state') ?? null, heard: line?.querySelector('[role=status]')?.textContent ?? '' };
  }, selector);
}

/** What the save line's live region holds each time it changes, from now on. */
async function recordHeard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-save-state] [role=status]');
    if (!region) throw new Error('no live region in the save line');
    const heard: string[] = [];
    Object.assign(window, { heard });
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
}
const heardSoFar = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((t) => t !== ''));

async function shoot(page: Page, name: string, line: string): Promise<void> {
  if (!SHOTS) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.locator(line).screenshot({ path: `/tmp/save-status/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('camera: a keystroke turns the status to pending until it is stored, and only the settled line is heard', async ({ page }) => {
  await newAssessment(page);
  await saved(page);
  await recordHeard(page);
  const after = await keystrokeThenLine(page, field('school.schoolName'));
  expect(after).toEqual({ state: 'pending', heard: '' });
  await expect(page.locator('.wizard__save')).toHaveText('Ändringar sparas …');
  await shoot(page, 'camera-pending', '.wizard__bar');
  await page.keyboard.type('Björkhagens skola', { delay: 40 });
  await saved(page);
  await expect(page.locator('.wizard__save [role=status]')).toHaveText(/^Sparat \d\d:\d\d$/);
  await shoot(page, 'camera-saved', '.wizard__bar');
  const heard = await heardSoFar(page);
  expect(heard.length).toBeGreaterThan(0);
  for (const words of heard) expect(words).toMatch(/^Sparat \d\d:\d\d$/);

  // What saved() vouched for is on the device: a reload shows it.
  await page.reload();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  await expect(page.locator(field('school.schoolName'))).toHaveValue('xBjörkhagens skola');
});

test('digital service: a keystroke turns the save line to pending until it is stored', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await page.getByRole('button', { name: 'Validering av digital tjänst' }).click();
  await expect(heading(page)).toHaveText('Tjänst och omfattning');
  await recordHeard(page);
  const name = page.getByRole('textbox', { name: 'Vad heter tjänsten?', exact: true });
  const id = await name.getAttribute('id');
  const after = await keystrokeThenLine(page, `#${id ?? ''}`);
  expect(after).toEqual({ state: 'pending', heard: '' });
  await expect(page.locator('.ds-save')).toHaveText('Ändringar sparas strax …');
  await shoot(page, 'service-pending', '.kw-page');
  await page.keyboard.type('Läsresan', { delay: 40 });
  await saved(page);
  await expect(page.locator('.ds-save [role=status]')).toHaveText(/^Allt är sparat på den här datorn \(\d\d:\d\d\)\.$/);
  await shoot(page, 'service-saved', '.kw-page');
  for (const words of await heardSoFar(page)) expect(words).toMatch(/^Allt är sparat/);
  await page.reload();
  await expect(name).toHaveValue('xLäsresan');
});
