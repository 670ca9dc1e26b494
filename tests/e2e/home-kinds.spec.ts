// Home tells the truth about every kind stored: a device holding only validations of digital services is not
// "empty"; home counts them and leads to the register of services, in the words the kind gives.
import type { ServiceDoc } from '../../src/assessments/digital-service/schema';
import { serviceFixture } from '../support/service-fixture';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { importServicesOnHome } from './lifecycle-support';

const undecided = (doc: ServiceDoc) => ({ doc, decidedOn: null });

test('a device with only a service validation: home counts it and links to the register, not "no assessments"', async ({ page }) => {
  const doc = serviceFixture('05-swedish-lms');
  await importServicesOnHome(page, [undecided(doc)]);
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
  await importServicesOnHome(page, [undecided(serviceFixture('05-swedish-lms')), undecided(serviceFixture('01-free-quiz-app'))]);
  await expect(page.getByRole('region', { name: /^Digitala tjänster/ })).toContainText('Du har 2 valideringar av digitala tjänster.');
  await expect(page.getByRole('heading', { name: 'Du har inga bedömningar än' })).toHaveCount(0);
});
