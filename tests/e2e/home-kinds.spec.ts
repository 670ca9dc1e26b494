// Home tells the truth about every kind stored: a device holding only validations of digital services is not
// "empty"; home counts them and leads to the register of services, in the words the kind gives.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocument, type ServiceDoc } from '../../src/assessments/digital-service/schema';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import { test, expect, expectNoAxeViolations } from './fixtures';

const fixture = (name: string): ServiceDoc => {
  const parsed = parseDocument(JSON.parse(readFileSync(`tests/fixtures/digital-service/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.join('; '));
  return parsed.doc;
};

/** Seeds validations the way a principal would bring them: a backup file imported on home. */
async function importBackup(page: Page, docs: ServiceDoc[]): Promise<void> {
  const payload = { assessments: [], policy: null, documents: docs.map((doc) => ({ kind: 'digital-service', doc, decidedOn: null })) };
  const file = { format: 'kamerabedomning/backup', formatVersion: 3, schemaVersion: 1, appVersion: 'e2e', createdAt: '2026-12-01T10:00:00.000Z' };
  const buffer = Buffer.from(JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(payload)), payload }));
  await page.goto('/');
  await page.getByLabel('Importera säkerhetskopia eller PDF').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar/)).toBeVisible();
}

test('a device with only a service validation: home counts it and links to the register, not "no assessments"', async ({ page }) => {
  const doc = fixture('05-swedish-lms');
  await importBackup(page, [doc]);
  await page.goto('/');
  const part = page.getByRole('region', { name: /^Digitala tjänster/ });
  await expect(part).toContainText('Du har en validering av en digital tjänst.');
  await expect(page.getByText('Du har inga bedömningar än')).toHaveCount(0);
  const link = part.getByRole('link', { name: 'Öppna tjänsteförteckningen' });
  await expect(link).toHaveAttribute('href', '#/tjanster');
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `(home with one service validation, ${width} px)`);
    if (process.env.HOME_SHOTS === '1') await page.screenshot({ path: `/tmp/homekinds/home-${width}.png`, fullPage: true });
  }
  await link.click();
  await expect(page).toHaveURL(/#\/tjanster$/);
  await expect(page.getByRole('link', { name: doc.service.name })).toBeVisible();
});

test('two validations are counted in the plural, and a first visit still says there is nothing yet', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Du har inga bedömningar än' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Digitala tjänster/ })).toHaveCount(0);
  await importBackup(page, [fixture('05-swedish-lms'), fixture('01-free-quiz-app')]);
  await expect(page.getByRole('region', { name: /^Digitala tjänster/ })).toContainText('Du har 2 valideringar av digitala tjänster.');
  await expect(page.getByRole('heading', { name: 'Du har inga bedömningar än' })).toHaveCount(0);
});
