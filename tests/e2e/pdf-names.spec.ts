// Names from all over Europe print in the PDF made offline: the embedded font (not jsPDF's Windows-1252 set)
// comes from the service worker's precache with the PDF code, and every character reads back as typed.
import { readFileSync } from 'node:fs';
import { test, expect, waitForServiceWorker } from './fixtures';
import { pdfText } from '../support/pdf-text';
import { approveAndSign, importOnHome, loadFixture, saveDownload } from './lifecycle-support';

const fixture = loadFixture('facade-night.json');
fixture.school.schoolName = 'Čapekskolan i Łódź';
fixture.cameras[0]!.name = 'Kamera vid Erdős-salen';

test('a PDF downloaded offline prints Čapek, Łódź, Erdős and the signer Åsa Öberg exactly', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto('/');
  await waitForServiceWorker(page);
  await importOnHome(page, [fixture]);
  await page.getByRole('link', { name: `Öppna ${fixture.school.schoolName}` }).click();
  await page.getByRole('button', { name: 'Gå vidare till beslut' }).click();
  await approveAndSign(page, 'Inbrott och skadegörelse nattetid vid fasaden; andra åtgärder räckte inte.', 'UN 2026/1234');

  // A full load while offline: the page, and later the PDF code and fonts, come from the precache.
  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned PDF' }).click()]);
  const text = await pdfText(readFileSync(await saveDownload(download)));
  for (const name of ['Čapekskolan i Łódź', 'Kamera vid Erdős-salen', 'Åsa Öberg']) expect(text).toContain(name);
  await context.setOffline(false);
});
