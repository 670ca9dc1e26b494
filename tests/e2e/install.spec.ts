// Installability needs a persistent context: a normal one reports "in-incognito".
import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { ORIGIN, waitForServiceWorker } from './fixtures';

test('Chromium reports no installability errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium() ?? undefined,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ORIGIN}/`);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
