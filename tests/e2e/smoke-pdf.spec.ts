// Issue 2: the smoke PDF, made offline, prints names from all over Europe with the embedded font.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForServiceWorker } from './fixtures';

test('the smoke PDF made offline contains Åsa Öberg, Łódź, Erdős and Čapek', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/#/smoke-pdf');
  // A full load while offline: the page and, later, the PDF code and fonts come from the precache.
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Test av PDF-teckensnitt' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned test-PDF' }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'kb-smoke-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  for (const name of ['Åsa Öberg', 'Łódź', 'Erdős', 'Čapek']) expect(text).toContain(name);
  await context.setOffline(false);
});
