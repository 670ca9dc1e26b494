// Only the active language's words are fetched: a Swedish visit of a camera step fetches no chunk holding
// English messages (the build records each chunk's languages in dist/.vite/chunks.json), and switching to
// English fetches them then, showing the step in English once they arrived, never a key.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { heading, newAssessment } from './wizard-support';
import { wizardSteps } from '../../src/assessments/camera/messages/wizardSteps';

const chunks = JSON.parse(readFileSync('dist/.vite/chunks.json', 'utf8')) as { file: string; languages: string[] }[];
const languagesOf = new Map(chunks.map((c) => [c.file, c.languages]));

/** The languages of the messages in the chunks the page fetches from now on. */
function fetchedLanguages(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on('request', (r) => languagesOf.get(new URL(r.url()).pathname.slice(1))?.forEach((l) => seen.add(l)));
  return seen;
}

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
