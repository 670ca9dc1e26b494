// A new deployment shows "Ny version finns – ladda om"; the page never reloads by itself, and accepting loads it.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { waitForServiceWorker } from './fixtures';

test('a new build shows the update prompt, and accepting it loads the new version', async ({ context }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'kb-update-'));
  const current = join(work, 'current');
  const next = join(work, 'next');
  cpSync('dist', current, { recursive: true });
  // npm test builds the next version beside the unit tests (KB_NEXT_DIST); alone, this test builds it itself.
  if (process.env.KB_NEXT_DIST) cpSync(process.env.KB_NEXT_DIST, next, { recursive: true });
  else {
    execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, KB_APP_VERSION: '9.9.9-next' },
      stdio: 'inherit',
    });
  }
  const server = await serve(current, 4180);
  try {
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(server.origin + '/');
    await waitForServiceWorker(page);
    const footer = page.locator('footer');
    await expect(footer).not.toContainText('9.9.9-next');
    await page.evaluate(() => ((window as unknown as { kbMarker: number }).kbMarker = 1));

    await server.setRoot(next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Ny version finns – ladda om')).toBeVisible({ timeout: 30_000 });
    // The new worker waits; the page was not reloaded behind the principal's back.
    expect(await page.evaluate(() => (window as unknown as { kbMarker?: number }).kbMarker)).toBe(1);
    await expect(footer).not.toContainText('9.9.9-next');

    await page.getByRole('button', { name: 'Ladda om' }).click();
    await expect(footer).toContainText('9.9.9-next', { timeout: 30_000 });
    expect(foreign).toEqual([]);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
