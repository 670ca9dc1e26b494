import { defineConfig } from '@playwright/test';
import { findTestChromium } from './scripts/chromium-path.mjs';

const executablePath = findTestChromium() ?? undefined;
// E2E_PORT lets two checkouts run their browser tests side by side without testing each other's build.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // One browser at a time: with two on these 2-core machines, tests that leave a page by URL within a second of
  // typing (before the field's draft is saved) flaked; see the session note. Two workers took 5.4 min, one 7.1.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
