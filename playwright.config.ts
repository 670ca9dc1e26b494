import { defineConfig } from '@playwright/test';
import { findTestChromium } from './scripts/chromium-path.mjs';

const executablePath = findTestChromium() ?? undefined;
// E2E_PORT lets two checkouts run their browser tests side by side without testing each other's build.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two browsers at once, files side by side, a file's tests in order: much of a test's time is waiting (for a
  // save, a debounce, a download), so two share the two cores well. Each test has its own context and so its own
  // origin storage. Tests that leave a page right after typing wait for "Sparat" first, as a user would see it
  // (two workers once flaked where they did not). KB_E2E_WORKERS=1 for one at a time.
  workers: Number(process.env.KB_E2E_WORKERS ?? 2),
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
