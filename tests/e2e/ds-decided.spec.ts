// A recorded decision on a digital service is evidence: its steps show the decided answers read-only and
// point to a re-validation for any change, so the decision and its kontrollkod stay as they were filed.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocument, type ServiceDoc } from '../../src/assessments/digital-service/schema';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import { test, expect, expectNoAxeViolations } from './fixtures';

function decidedValidation(): ServiceDoc {
  const parsed = parseDocument(JSON.parse(readFileSync('tests/fixtures/digital-service/00-compliant-base.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.join('; '));
  return parsed.doc;
}

async function importDecided(page: Page, doc: ServiceDoc, decidedOn: string): Promise<void> {
  const payload = { assessments: [], policy: null, documents: [{ kind: 'digital-service', doc, decidedOn }] };
  const file = { format: 'kamerabedomning/backup', formatVersion: 3, schemaVersion: 1, appVersion: 'e2e', createdAt: '2026-12-01T10:00:00.000Z' };
  const buffer = Buffer.from(JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(payload)), payload }));
  await page.goto('/');
  await page.getByLabel('Importera säkerhetskopia eller PDF').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer });
  await page.getByRole('dialog', { name: 'Importera säkerhetskopian?' }).getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByText(/Importen är klar/)).toBeVisible();
}

test('a decided validation shows its answers read-only and leads to a re-validation to change them', async ({ page }) => {
  const doc = decidedValidation();
  await importDecided(page, doc, '2026-11-20');
  await page.goto(`/#/service/${doc.id}/step/service`);
  const locked = page.getByRole('region', { name: 'Beslutet är registrerat' });
  await expect(locked).toContainText('Beslutet registrerades 20 november 2026');
  await expect(locked.getByRole('definition').first()).toBeVisible();
  await expect(locked).toContainText(doc.service.name);
  // No field to type in: the name is an answer of the decision, not a draft.
  await expect(page.getByRole('textbox', { name: /Vad heter tjänsten/ })).toHaveCount(0);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page, `(decided step, ${width} px)`);
  }
  await locked.getByRole('link', { name: /Starta en omvalidering/ }).click();
  await expect(page.getByRole('region', { name: 'Omvalidering' }).getByRole('button', { name: 'Starta omvalidering' })).toBeVisible();
});
