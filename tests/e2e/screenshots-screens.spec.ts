// `npm run screenshots`: the screens around the assessments (sv) in docs/screenshots/<screen>.png at 1280×800
// and <screen>-360.png at 360×740: home with both kinds, the choice of kind, a signed camera decision, the
// camera register, the service register and its list for guardians, settings, the organisation and verify.
import { test, expect } from './fixtures';
import { loadFixture, signedFixture } from './lifecycle-support';
import { importSeed, openHash, photograph, serviceFixture } from './screens-support';

test.skip(process.env.SCREENSHOTS !== '1', 'only with SCREENSHOTS=1 (npm run screenshots)');

test('home, registers, settings and verify at 1280 and 360 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => localStorage.setItem('kb.lang', 'sv'));
  const signed = await signedFixture('reference-8-cameras.json', '2026-11-20T10:00:00.000Z', 'Björkhagaskolan');
  await importSeed(page, {
    assessments: [loadFixture('facade-night.json'), signed],
    services: [
      [serviceFixture('00-compliant-base', 'approve'), '2026-11-01'],
      [serviceFixture('03-workspace-administration', 'approveWithConditions'), '2026-11-02'],
      [serviceFixture('01-free-quiz-app', 'reject'), '2026-11-03'],
      [serviceFixture('06-proctoring-emotion'), null],
    ],
  });
  await page.getByRole('button', { name: 'Stäng' }).click({ timeout: 5_000 }).catch(() => undefined);
  await openHash(page, '#/');
  await expect(page.getByRole('link', { name: 'Öppna Björkhagaskolan' })).toBeVisible();
  await photograph(page, 'home');

  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await expect(page.getByRole('button', { name: 'Kamerabevakning' })).toBeVisible();
  await photograph(page, 'new-kind');

  await openHash(page, `#/a/${signed.id}`);
  await expect(page.locator('h1.page-title')).toHaveText(/^Undertecknat/);
  await photograph(page, 'camera-signed');

  for (const [name, hash] of [
    ['camera-register', '#/forteckning'],
    ['service-register', '#/tjanster'],
    ['service-register-guardians', '#/tjanster/vardnadshavare'],
    ['settings', '#/installningar'],
    ['settings-organisation', '#/installningar/organisation'],
    ['verify', '#/verifiera'],
  ] as const) {
    await openHash(page, hash);
    await page.waitForLoadState('networkidle');
    await photograph(page, name);
  }
});
