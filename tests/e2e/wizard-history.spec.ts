// Each step has its own URL: the browser's Back and Forward move between steps, never drop what was typed a
// moment before, and a reload opens the same step with focus on the same question.
import { test, expect } from './fixtures';
import { field, fillSchool, heading, newAssessment, next, saved } from './wizard-support';

test('Back and Forward move between steps, keep fresh typing, and a reload returns to the step and field', async ({ page }) => {
  const start = await newAssessment(page);
  const id = /#\/a\/([^/]+)/.exec(start)![1]!;
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/school$`));
  await fillSchool(page);
  await next(page);
  await expect(heading(page)).toHaveText('Problem och syfte');
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/problem$`));
  await next(page);
  await expect(heading(page)).toHaveText('Andra åtgärder');
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/measures$`));

  // Back, at once after typing: the step before opens, and the text typed a moment ago is in the document.
  await page.goBack();
  await expect(heading(page)).toHaveText('Problem och syfte');
  await page.locator(field('problem.purpose')).fill('Skrivet precis före Tillbaka.');
  await page.goBack();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  // The heading takes focus on every step change, for screen readers.
  await expect(heading(page)).toBeFocused();
  await page.goForward();
  await expect(heading(page)).toHaveText('Problem och syfte');
  await expect(page.locator(field('problem.purpose'))).toHaveValue('Skrivet precis före Tillbaka.');
  await page.goForward();
  await expect(heading(page)).toHaveText('Andra åtgärder');

  // Back out of the wizard from its first step: home, with nothing lost.
  await page.goBack();
  await expect(heading(page)).toHaveText('Problem och syfte');
  await page.goBack();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  await page.locator(field('school.schoolName')).fill('Lindängsskolan Norra');
  await page.goBack();
  // The page before the wizard's first step is the choice of kind it was started from.
  await expect(page).toHaveURL(/#\/ny$/);
  await page.goForward();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  await expect(page.locator(field('school.schoolName'))).toHaveValue('Lindängsskolan Norra');

  // A reload on a step: the same step, and focus on the question last focused there.
  await page.getByRole('navigation', { name: 'Steg i bedömningen' }).getByRole('button', { name: /Problem och syfte/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/problem$`));
  await page.locator(field('problem.purpose')).focus();
  await saved(page);
  await page.reload();
  await expect(heading(page)).toHaveText('Problem och syfte');
  await expect(page.locator(field('problem.purpose'))).toBeFocused();

  // A step not reached yet, typed into the address bar: the wizard stays where the principal is.
  await page.goto(`/#/a/${id}/decision`);
  await expect(heading(page)).toHaveText('Problem och syfte');
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/problem$`));
});

test('leaving the wizard the moment a step appears goes where it was asked to, not back to the step', async ({ page }) => {
  const start = await newAssessment(page);
  // As on a slow machine: the address changes (a link, a typed address) once the step is on screen, in the frame
  // whose end runs the wizard's after-paint work, before the browser has announced the change (hashchange).
  // Preact queues that work from its own frame callback, registered during the render, so this one runs after.
  await page.evaluate(() => {
    sessionStorage.setItem('e2e.leaveEarly', '1');
  });
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e.leaveEarly') !== '1') return;
    sessionStorage.removeItem('e2e.leaveEarly');
    const observer = new MutationObserver(() => {
      if (!document.querySelector('h1.page-title')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        location.hash = '#/installningar';
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expect(page).toHaveURL(/#\/installningar$/);
  expect(page.url()).not.toBe(start);
});
