// Home with many assessments: the first cards show at once and the rest follow, yet every card ends up in the
// page (reachable by Tab and by its name), and nothing on the page moves once it has appeared.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';

const COUNT = 150;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/facade-night.json', import.meta.url), 'utf8')) as { id: string; school: { schoolName: string } };

/** COUNT copies of the facade fixture, each its own school, changed a minute apart (school 1 the newest). */
async function manyBackup(): Promise<string> {
  const assessments = Array.from({ length: COUNT }, (_, i) => ({
    assessment: {
      ...fixture,
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      school: { ...fixture.school, schoolName: `Skola nummer ${i + 1}` },
      updatedAt: new Date(Date.UTC(2026, 10, 1, 12, 0) - i * 60_000).toISOString(),
    },
    versions: [],
    deletedAt: null,
  }));
  const payload = { assessments, policy: null };
  return JSON.stringify({
    format: 'kamerabedomning/backup',
    formatVersion: 1,
    schemaVersion: 1,
    appVersion: 'e2e',
    createdAt: '2026-11-01T12:00:00.000Z',
    checksum: await sha256Hex(canonicalJson(payload)),
    payload,
  });
}

async function importMany(page: Page): Promise<void> {
  await page.goto('/#/installningar');
  const file = await manyBackup();
  await page.getByRole('region', { name: 'Importera säkerhetskopia' }).locator('input[type="file"]').setInputFiles({ name: 'manga.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(new RegExp(`Importen är klar: ${COUNT} tillagda`))).toBeVisible({ timeout: 30_000 });
}

test(`${COUNT} assessments: every card reaches the page, by name and by Tab, and nothing shifts`, async ({ context }) => {
  const page = await context.newPage();
  await importMany(page);
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      // As CLS counts them: a shift right after the principal's own input is not one.
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  const drafts = page.getByRole('list', { name: 'Pågående utkast – Bedömningar på den här datorn' });
  await expect(page.getByRole('heading', { level: 2, name: `Pågående utkast (${COUNT})` })).toBeVisible();
  await expect(drafts.getByRole('listitem')).toHaveCount(COUNT);
  // The oldest is last, and a screen reader or find-in-page finds it like any other.
  const last = page.getByRole('link', { name: `Skola nummer ${COUNT}`, exact: true });
  await expect(last).toBeAttached();
  // Loaded and every card built: nothing has moved on its own.
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts, 'layout shifts on home').toEqual([]);

  // Tab from the last button of the card before it lands on its name.
  await page.getByRole('button', { name: `Ta bort Skola nummer ${COUNT - 1}`, exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();

  await expectNoAxeViolations(page, `home with ${COUNT} assessments`);
});
