// The review draws its answers one step's section per frame (useProgressive), so opening it is not one long task.
// What the principal sees must not change: every step's answers arrive without a click, and printing (or saving
// as PDF) at once still puts every answer on paper.
import { test, expect } from './fixtures';
import { heading } from './wizard-support';
import { loadFixture } from './lifecycle-support';
import { importSeed } from './screens-support';

const FACADE = loadFixture('facade-night.json');
const STEPS_WITH_ANSWERS = 7; // school, problem, measures, cameras, balancing, data, consultation

test('the review shows every step’s answers, and a print started at once has them all', async ({ page }) => {
  await importSeed(page, { assessments: [FACADE] });
  await page.evaluate((hash) => (location.hash = hash), `#/a/${FACADE.id}/review`);
  await expect(heading(page)).toHaveText('Granskning');
  await expect(page.locator('.answers__section')).toHaveCount(STEPS_WITH_ANSWERS);

  // Again, printing as soon as the review's heading is there: beforeprint draws what is still to come.
  await page.reload();
  await expect(heading(page)).toHaveText('Granskning');
  const onPaper = await page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.resolve(); // the render beforeprint asked for runs before the page is laid out for paper
    return document.querySelectorAll('.answers__section').length;
  });
  expect(onPaper).toBe(STEPS_WITH_ANSWERS);
});
