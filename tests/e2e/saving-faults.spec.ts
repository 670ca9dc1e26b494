// Faults while saving, injected into the real browser: a failed transaction, a full disk, a renderer crash
// mid-typing, and "Ta bort allt" in another tab. Nothing on screen for more than 2 s is lost, and the status
// never says "sparat" while the injected failure holds.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { newAssessment } from './wizard-support';

/**
 * Runs in every page before the app. Writes to the assessments store fail while sessionStorage 'e2e.fault' says
 * so ('abort': the transaction aborts; 'quota': the browser's QuotaExceededError), so the fault survives a
 * reload. Every text the save status shows is logged with whether the fault held at that moment.
 */
function injectFaults(): void {
  const fault = (): string | null => sessionStorage.getItem('e2e.fault');
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const now = fault();
    if (this.name === 'assessments' && now === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = put.apply(this, args);
    if (this.name === 'assessments' && now === 'abort') this.transaction.abort();
    return request;
  };
  const log = (): void => {
    const texts = [...document.querySelectorAll('.save-status')].map((e) => e.textContent ?? '');
    const entries = JSON.parse(sessionStorage.getItem('e2e.statusLog') ?? '[]') as { text: string; fault: string | null }[];
    for (const text of texts) if (entries.at(-1)?.text !== text) entries.push({ text, fault: fault() });
    sessionStorage.setItem('e2e.statusLog', JSON.stringify(entries));
  };
  new MutationObserver(log).observe(document, { subtree: true, childList: true, characterData: true });
}

const schoolName = (page: Page) => page.getByLabel('Skolans namn');
const status = (page: Page) => page.locator('.save-status');
const setFault = (page: Page, fault: 'abort' | 'quota' | null) =>
  page.evaluate((f) => (f ? sessionStorage.setItem('e2e.fault', f) : sessionStorage.removeItem('e2e.fault')), fault);
const statusLog = (page: Page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e.statusLog') ?? '[]') as { text: string; fault: string | null }[]);

async function faultyPage(context: BrowserContext): Promise<Page> {
  await context.addInitScript(injectFaults);
  return context.newPage();
}

for (const fault of ['abort', 'quota'] as const) {
  test(`a ${fault === 'abort' ? 'failed transaction' : 'full disk'}: the text survives a reload, is retried, and is never called saved before it is`, async ({ context }) => {
    const page = await faultyPage(context);
    const url = await newAssessment(page);
    await schoolName(page).pressSequentially('Solbacka');
    await expect(status(page)).toHaveText(/^Sparat \d\d:\d\d$/);

    await setFault(page, fault);
    await schoolName(page).pressSequentially('skolan i Exempelstad');
    const failed = page.getByRole('alert').filter({ hasText: 'Det du skrivit finns kvar på den här datorn.' });
    await expect(failed).toBeVisible();
    if (fault === 'quota') await expect(failed).toContainText('Lagringsutrymmet på den här datorn är fullt.');
    await expect(failed).toContainText(/Kunde inte spara – försöker igen (om \d+ s|nu)/);
    await page.waitForTimeout(2100); // the text has been on screen for more than 2 s

    // Reload while the disk still fails: the journal wins over the older record, and the principal is told.
    await page.reload();
    await expect(schoolName(page)).toHaveValue('Solbackaskolan i Exempelstad');
    await expect(page.getByText(/^Det du skrev fram till kl\. \d\d:\d\d hade inte hunnit sparas – det är tillbaka här och sparas nu\.$/)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Kunde inte spara' })).toBeVisible();

    // The fault passes: the retry stores it by itself, without a keystroke or a click.
    await setFault(page, null);
    await expect(status(page)).toHaveText(/^Sparat \d\d:\d\d$/, { timeout: 15_000 });
    await page.goto('about:blank');
    await page.goto(url);
    await expect(schoolName(page)).toHaveValue('Solbackaskolan i Exempelstad');
    await expect(page.getByText(/hade inte hunnit sparas/)).toHaveCount(0); // stored, so the journal was cleared

    const log = await statusLog(page);
    expect(log.filter((e) => e.fault !== null).map((e) => e.text)).not.toContainEqual(expect.stringMatching(/sparat/i));
    expect(log.some((e) => e.fault !== null && /Kunde inte spara/.test(e.text))).toBe(true);
  });
}

test('a renderer crash mid-typing loses nothing that was on screen for more than 2 s', async ({ context }) => {
  const page = await faultyPage(context);
  const url = await newAssessment(page);
  // Every value the box shows, with when it showed it.
  await page.evaluate(() => {
    const shown: [number, string][] = [];
    (window as unknown as { shown: typeof shown }).shown = shown;
    document.addEventListener('input', (e) => shown.push([Date.now(), (e.target as HTMLInputElement).value]));
  });
  // Typing on and on, never a 250 ms pause, for longer than the 2 s the promise covers.
  const text = 'Skolan vid ån där klotter och inbrott har blivit ett återkommande problem under hela läsåret';
  void schoolName(page).pressSequentially(text, { delay: 45 }).catch(() => undefined);
  await page.waitForTimeout(4500);
  const onScreenTwoSecondsAgo = await page.evaluate(() => {
    const { shown } = window as unknown as { shown: [number, string][] };
    const before = shown.filter(([at]) => at <= Date.now() - 2000);
    return before.at(-1)?.[1] ?? '';
  });
  // chrome://kill is handled by the browser: it kills the renderer at once, with no pagehide or unload.
  const crashed = page.waitForEvent('crash');
  await page.goto('chrome://kill').catch(() => undefined);
  await crashed;
  expect(onScreenTwoSecondsAgo.length).toBeGreaterThan(5); // the test did type for long enough

  const again = await context.newPage();
  await again.goto(url);
  const value = await schoolName(again).inputValue();
  expect(value.startsWith(onScreenTwoSecondsAgo), `"${value}" keeps "${onScreenTwoSecondsAgo}"`).toBe(true);
  expect(text.startsWith(value)).toBe(true);
});

test('"Ta bort allt" in another tab: an open tab that never hears of it still cannot write the data back', async ({ context }) => {
  const page = await faultyPage(context);
  const url = await newAssessment(page);
  await schoolName(page).pressSequentially('Raderade skolan');
  await expect(status(page)).toHaveText(/^Sparat \d\d:\d\d$/);
  // This tab misses the 'erased' message (as a tab asleep, or in another window, may).
  await page.evaluate(() => {
    BroadcastChannel.prototype.postMessage = () => undefined;
    Object.defineProperty(BroadcastChannel.prototype, 'onmessage', { set: () => undefined, configurable: true });
  });

  const other = await context.newPage();
  await other.goto('/#/installningar');
  await other.getByRole('button', { name: 'Ta bort allt från den här enheten' }).click();
  await other.getByRole('alertdialog').getByRole('button', { name: 'Ta bort allt' }).click();
  await expect(other.getByText('Ta bort allt från den här enheten?')).toBeHidden();

  // The stale tab types on: its save is refused, it says so, and it never claims "sparat".
  await schoolName(page).pressSequentially(' och mer');
  await expect(page.getByRole('alert').filter({ hasText: 'Allt togs bort från den här enheten' })).toBeVisible();
  await schoolName(page).pressSequentially(' ännu mer');
  await page.waitForTimeout(2500);
  const after = (await statusLog(page)).slice((await statusLog(page)).findIndex((e) => /Allt togs bort/.test(e.text)));
  expect(after.map((e) => e.text)).not.toContainEqual(expect.stringMatching(/sparat/i));

  await other.goto('/');
  await expect(other.getByText('Du har inga bedömningar än')).toBeVisible();
  await other.goto(url);
  await expect(other.getByRole('heading', { name: 'Bedömningen finns inte' })).toBeVisible();
  const journals = await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kb.unsaved.')));
  expect(journals).toEqual([]);
});

test('an over-long paste is cut at the limit restore accepts, said at the field, and the assessment still opens', async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const url = await newAssessment(page);
  await page.evaluate(() => navigator.clipboard.writeText('Långa skolan '.repeat(50))); // 650 characters
  await schoolName(page).focus();
  await page.keyboard.press('Control+V');
  await expect(page.getByText('Svaret får vara högst 500 tecken, så det som inte fick plats klistrades inte in.')).toBeVisible();
  expect((await schoolName(page).inputValue()).length).toBe(500);
  await schoolName(page).press('Backspace');
  await expect(page.getByText('499 av högst 500 tecken.')).toBeVisible();
  await expect(status(page)).toHaveText(/^Sparat \d\d:\d\d$/, { timeout: 10_000 });
  await page.goto('about:blank');
  await page.goto(url);
  // It opens: restore accepted what was stored.
  await expect(schoolName(page)).toHaveValue('Långa skolan '.repeat(50).slice(0, 499));
});

test('deleting the last assessment still offers "Ångra", and it brings the assessment back', async ({ context }) => {
  const page = await context.newPage();
  await newAssessment(page);
  await schoolName(page).pressSequentially('Sista skolan');
  await expect(status(page)).toHaveText(/^Sparat \d\d:\d\d$/);
  await page.goto('/');
  await page.getByRole('button', { name: 'Ta bort Sista skolan' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Flytta till papperskorgen' }).click();
  await expect(page.getByText('Du har inga bedömningar än')).toBeVisible();
  await expect(page.getByText('Sista skolan flyttades till papperskorgen.')).toBeVisible();
  const undo = page.getByRole('button', { name: 'Ångra' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByText('Sista skolan är tillbaka.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Öppna Sista skolan' })).toBeVisible();
});
