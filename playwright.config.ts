import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
/** The static export (`npm run build:export` → out/) served by a plain static file server. */
const staticPort = port + 1;
const staticBaseURL = `http://127.0.0.1:${staticPort}`;

/**
 * Playwright cannot download its browsers here, so Debian's Chromium is used when present.
 * PLAYWRIGHT_CHROMIUM_PATH overrides; with neither, Playwright's own browser is used.
 */
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'fa-IR',
    timezoneId: 'Asia/Tehran',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } }, grepInvert: /@phone/ },
    {
      name: 'phone',
      // A small Android phone: 360 px is the narrowest common width.
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } },
      grep: /@phone/,
    },
    {
      // What a plain static host or CDN serves must work as well: the reader-facing basics.
      name: 'static-export',
      testMatch: 'foundation.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: staticBaseURL },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : [
        {
          // Tests run against the production build (`npm run build` first), as readers get it.
          command: 'npm run start',
          env: { PORT: String(port) },
          url: baseURL,
          reuseExistingServer: false,
          timeout: 60_000,
        },
        {
          command: `serve out --no-clipboard -l tcp://127.0.0.1:${staticPort}`,
          url: staticBaseURL,
          reuseExistingServer: false,
          timeout: 30_000,
        },
      ],
});
