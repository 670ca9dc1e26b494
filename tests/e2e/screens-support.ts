// Helpers for the screens tests (screenshots*.spec.ts, narrow.spec.ts): seed both kinds through one backup
// import, check that nothing scrolls sideways, and photograph a screen at 1280×800 and 360×740 for docs/.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import { parseDocument, type ServiceDoc } from '../../src/assessments/digital-service/schema';
import { backupOf } from './lifecycle-support';

export const WIDE = { width: 1280, height: 800 } as const;
export const NARROW = { width: 360, height: 740 } as const;

/** A digital-service fixture (tests/fixtures/digital-service/<name>.json), with the verdict the test needs. */
export function serviceFixture(name: string, verdict: ServiceDoc['decision']['verdict'] = ''): ServiceDoc {
  const parsed = parseDocument(JSON.parse(readFileSync(new URL(`../fixtures/digital-service/${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.join('; ')}`);
  return { ...parsed.doc, decision: { ...parsed.doc.decision, verdict } };
}

export interface Seed {
  /** Camera assessments (signed ones carry their signoff and get their signed version). */
  assessments?: unknown[];
  /** Digital-service validations with the date their decision was registered (null: not decided). */
  services?: [ServiceDoc, string | null][];
}

/** From home: imports the camera assessments (a format-1 file, which derives their signed records) and then
 * the service validations (format 3, the first that carries other kinds). */
export async function importSeed(page: Page, seed: Seed): Promise<void> {
  await page.goto('/');
  if (seed.assessments?.length) await importFile(page, await backupOf(seed.assessments));
  if (!seed.services?.length) return;
  const documents = seed.services.map(([doc, decidedOn]) => ({ kind: 'digital-service', doc, decidedOn })).sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const payload = { assessments: [], policy: null, documents };
  const file = { format: 'kamerabedomning/backup', formatVersion: 3, schemaVersion: 1, appVersion: 'e2e', createdAt: '2026-12-01T10:00:00.000Z' };
  await importFile(page, JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(payload)), payload }));
}

async function importFile(page: Page, json: string): Promise<void> {
  await page.getByLabel('Importera säkerhetskopia eller PDF').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/^Importen är klar/)).toBeVisible();
  // The next import's message must not be mistaken for this one's.
  await page.reload();
}

/** The page is no wider than the window; on failure, the elements that stick out, to fix. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    // An element inside a box that scrolls on its own (a wide table) does not widen the page.
    // (Not so for a positioned one whose containing block lies outside that box.)
    const clipped = (el: HTMLElement): boolean => {
      if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(el))
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`);
    // Text can stick out of a box that itself fits (a long word): name the innermost such box.
    const spilling = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).overflowX === 'visible')
      .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
      .slice(0, 4)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 40)}"`);
    wide.push(...spilling);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(result.scrollWidth, `${what} scrolls sideways: ${result.wide.join(', ')}`).toBeLessThanOrEqual(result.clientWidth);
}

/** The screen as it opens: no pointer hover, no focus ring on the heading, at the top. */
export async function calm(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** docs/screenshots/<name>.png at 1280×800 and <name>-360.png at 360×740, each checked for sideways scroll;
 * the window is left at 1280×800. `ready` runs after each resize (a layout that changes with the width). */
export async function photograph(page: Page, name: string, ready?: () => Promise<void>): Promise<void> {
  for (const [size, file] of [
    [WIDE, `${name}.png`],
    [NARROW, `${name}-360.png`],
  ] as const) {
    await page.setViewportSize(size);
    await ready?.();
    await calm(page);
    // Taken first, so a failure below has its picture.
    await page.screenshot({ path: `docs/screenshots/${file}` });
    // The whole page too, for review (test-results/ is not committed).
    await page.screenshot({ path: `test-results/screens-full/${file}`, fullPage: true });
    await expectNoSidewaysScroll(page, `${name} at ${size.width} px`);
  }
  await page.setViewportSize(WIDE);
}

/** Opens a screen by its address and waits for its heading. */
export async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
