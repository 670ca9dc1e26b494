// Helpers for the wizard's end-to-end tests: keyboard-only moves (Tab, arrows, Space, Enter, typing) and
// a quick way to a new assessment. The keyboard helpers read where focus is; they never click.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The id the wizard gives the question at a dotted path ('school.ownerName' → '#f-school-ownerName'). */
export const field = (path: string): string => `#f-${path.replace(/\./g, '-')}`;

type Target = string | { button: string };

async function focused(page: Page, target: Target): Promise<boolean> {
  return page.evaluate((t) => {
    const el = document.activeElement;
    if (!el) return false;
    if (typeof t === 'string') return el.matches(t);
    return el.matches('button, a[href], summary') && (el.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(t.button);
  }, target);
}

/** Presses Tab (or Shift+Tab) until focus is on the target. */
export async function tabTo(page: Page, target: Target, { back = false, max = 300 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(page, target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Tabs to a text box and types into it. */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  await tabTo(page, field(path));
  await page.keyboard.type(text);
}

/** Tabs into a group of radio buttons and moves with the arrow keys to the answer, then checks it. */
export async function choose(page: Page, path: string, value: string): Promise<void> {
  const name = field(path).slice(1);
  await tabTo(page, `input[type=radio][name="${name}"]`);
  for (let i = 0; i < 12; i++) {
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (current === value) {
      await page.keyboard.press('Space');
      await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No answer ${value} in ${path}`);
}

/** Tabs to a select and moves with the arrow keys to the answer (a closed select changes as it moves). */
export async function pick(page: Page, path: string, value: string): Promise<void> {
  await tabTo(page, field(path));
  await selectByArrows(page, path, value);
}

/** With focus on a select: ArrowDown until it shows the answer. */
export async function selectByArrows(page: Page, path: string, value: string): Promise<void> {
  const select = page.locator(field(path));
  for (let i = 0; i < 25 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

/** Tabs to a checkbox by id and ticks it with Space. */
export async function tick(page: Page, id: string): Promise<void> {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Space');
  await expect(page.locator(`#${id}`)).toBeChecked();
}

/** Tabs to a button by the start of its text and presses Enter. */
export async function press(page: Page, text: string, options: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, { button: text }, options);
  await page.keyboard.press('Enter');
}

/** The step heading (h1) the wizard shows. */
export const heading = (page: Page) => page.locator('h1.page-title');

/** Waits until the session says everything typed is stored. */
export async function saved(page: Page): Promise<void> {
  await expect(page.locator('.wizard__save')).toContainText(/Sparat|Allt är sparat|Saved|All saved/, { timeout: 10_000 });
}

/** From home: "Ny bedömning" (with the mouse; keyboard-only tests do it themselves). */
export async function newAssessment(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await expect(heading(page)).toHaveText('Skolan och ansvariga');
}

/** Fills the text box labelled exactly so (mouse tests). */
export async function fill(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('spinbutton', { name: label, exact: true })).first().fill(text);
}

/** Nästa; when the step shows its gap summary, continue anyway. */
export async function next(page: Page): Promise<void> {
  const before = await heading(page).innerText();
  await page.getByRole('button', { name: /^Nästa:/ }).click();
  const gaps = page.getByRole('button', { name: 'Fortsätt ändå till nästa steg' });
  await expect.poll(async () => (await heading(page).innerText()) !== before || (await gaps.isVisible())).toBe(true);
  if (await gaps.isVisible()) {
    await gaps.click();
    await expect(heading(page)).not.toHaveText(before);
  }
}
