// Only the active language's words are fetched: a Swedish visit of a camera step or a digital-service step fetches
// no chunk holding English messages (the build records each chunk's languages in dist/.vite/chunks.json), an
// English one none holding Swedish but the entry's (home's Swedish words, which a first visit starts with), and
// switching fetches the other language then, showing the step in it once its words arrived, never a key.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { heading, newAssessment } from './wizard-support';
import { wizardSteps } from '../../src/assessments/camera/messages/wizardSteps';
import { enScreens } from '../../src/assessments/digital-service/messages/en-screens';
import { svScreens } from '../../src/assessments/digital-service/messages/sv-screens';

const chunks = JSON.parse(readFileSync('dist/.vite/chunks.json', 'utf8')) as { file: string; isEntry: boolean; imports: string[]; languages: string[] }[];
const languagesOf = new Map(chunks.map((c) => [c.file, c.languages]));

/** The entry and what it imports: every visit's first chunks, home's Swedish words among them. */
const first = new Set<string>();
for (const file of chunks.filter((c) => c.isEntry).map((c) => c.file)) first.add(file);
for (const file of first) chunks.find((c) => c.file === file)?.imports.forEach((i) => first.add(i));

/** The languages of the messages in the chunks the page fetches from now on (the first chunks' if `withFirst`). */
function fetchedLanguages(page: Page, withFirst = true): Set<string> {
  const seen = new Set<string>();
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.slice(1);
    if (withFirst || !first.has(file)) languagesOf.get(file)?.forEach((l) => seen.add(l));
  });
  return seen;
}

/** The scripts the page fetches from now on, as text: words that no chunk report names still show here. */
function fetchedScripts(page: Page): Promise<string>[] {
  const texts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) texts.push(r.text().catch(() => ''));
  });
  return texts;
}

/** A new digital-service validation, opened again by a reload on its first step: what a returning visit fetches. */
async function reopenedValidation(page: Page, kindName: string): Promise<void> {
  await page.getByRole('button', { name: kindName }).click();
  await expect(page).toHaveURL(/#\/service\/[^/]+\/step\/service$/);
  await page.reload();
}

/** A key of the kind's words shown in place of its text (`digital-service.…`, or a screen key such as `save.saved`). */
const SERVICE_KEY = /\bdigital-service\.|\b(save|load|review|reval|plat|off|filter|pub|nav)\.[a-z]+/;

test('a Swedish visit of a camera step fetches no English messages; switching fetches them, then shows English', async ({ page }) => {
  expect(chunks.filter((c) => c.languages.includes('en')).length).toBeGreaterThan(3);
  const languages = fetchedLanguages(page);
  await newAssessment(page);
  await page.reload();
  await expect(heading(page)).toHaveText('Skola och ansvar');
  expect([...languages]).toEqual(['sv']);

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(heading(page)).toHaveText(wizardSteps.en['step.school.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect([...languages].sort()).toEqual(['en', 'sv']);
  // The whole step in English: no key in place of a text, in the step or the header.
  await expect(page.locator('body')).not.toContainText(/\b(step|cam|wiz|review|session|home|lifecycle)\.[a-z]+\.[a-zA-Z]/);
});

test('a Swedish visit of a service step fetches no English words; switching fetches them, then shows English', async ({ page }) => {
  const languages = fetchedLanguages(page);
  const scripts = fetchedScripts(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Ny bedömning' }).click();
  await reopenedValidation(page, 'Validering av digital tjänst');
  await expect(heading(page)).toHaveText('Tjänst och omfattning');
  // The screens' own words are there too: the stepper's last step.
  await expect(page.getByRole('link', { name: new RegExp(svScreens['review.title']) }).first()).toBeVisible();
  expect([...languages]).toEqual(['sv']);
  // Nor any English of the kind's, wherever it sits: the screens' words, a platform's, a step's name.
  const english = [enScreens.untitled, enScreens['plat.title'], 'Service and scope'];
  expect((await Promise.all(scripts)).filter((text) => english.some((words) => text.includes(words)))).toEqual([]);

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(heading(page)).toHaveText('Service and scope');
  await expect(page.getByRole('link', { name: new RegExp(enScreens['review.title']) }).first()).toBeVisible();
  expect([...languages].sort()).toEqual(['en', 'sv']);
  await expect(page.locator('body')).not.toContainText(SERVICE_KEY);
});

test('an English visit of a service step fetches no Swedish words beyond the entry; switching shows Swedish', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  const languages = fetchedLanguages(page, false);
  await reopenedValidation(page, 'Validation of a digital service');
  await expect(heading(page)).toHaveText('Service and scope');
  await expect(page.getByRole('link', { name: new RegExp(enScreens['review.title']) }).first()).toBeVisible();
  expect([...languages]).toEqual(['en']);

  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(heading(page)).toHaveText('Tjänst och omfattning');
  expect([...languages].sort()).toEqual(['en', 'sv']);
  await expect(page.locator('body')).not.toContainText(SERVICE_KEY);
});
