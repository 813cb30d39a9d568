import { defineConfig } from '@playwright/test';

// Chromium comes from Debian (scripts/setup.sh); Playwright never downloads a browser.
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// E2E_PORT lets two checkouts run their suites side by side (each uses PORT, PORT + 1, PORT + 2).
const PORT = Number(process.env.E2E_PORT ?? 8080);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts',
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    locale: 'fr-CA',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium' }],
  // The production server (nginx, deploy/nginx.conf) on PORT, and a partner site on
  // PORT + 1 (e2e/host/nginx.conf, test only). e2e/release.spec.ts runs a third on PORT + 2.
  webServer: {
    command: `scripts/serve.sh --port ${PORT} --dir dist --also e2e/host/nginx.conf`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
