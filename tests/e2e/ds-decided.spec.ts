// A recorded decision on a digital service is evidence: its steps show the decided answers read-only and
// point to a re-validation for any change, so the decision and its kontrollkod stay as they were filed.
import { serviceFixture } from '../support/service-fixture';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { importServicesOnHome } from './lifecycle-support';

test('a decided validation shows its answers read-only and leads to a re-validation to change them', async ({ page }) => {
  const doc = serviceFixture('00-compliant-base');
  await importServicesOnHome(page, [{ doc: doc, decidedOn: '2026-11-20' }]);
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
