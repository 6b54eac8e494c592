import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
/** The static export (`npm run build:export` → out/) served by a plain static file server. */
const staticPort = port + 1;
const staticBaseURL = `http://127.0.0.1:${staticPort}`;

/** Site settings the tests check (canonical, share and edit links), given to the builds. */
const siteEnv = { SITE_URL: baseURL, SITE_EDIT_BASE_URL: 'https://git.example/articles/edit/main' };

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
      testMatch: ['foundation.spec.ts', 'search.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: staticBaseURL },
    },
  ],
  // E2E_BASE_URL tests a deployment instead; it must be built with siteEnv's settings.
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // Builds the site, then its static export, then serves the build with `next start` and
        // out/ with a plain static file server, as a CDN would. One after the other: with the
        // export building beside an already running server, pages lost their JS chunks.
        command:
          'npm run build && npm run build:export && ' +
          // --no-port-switching: a busy port must fail the static-export tests, not move the server.
          `sh -c 'serve out --no-clipboard --no-port-switching -l tcp://127.0.0.1:${staticPort} & exec npm run start'`,
        env: { ...siteEnv, PORT: String(port) },
        url: baseURL,
        reuseExistingServer: false,
        timeout: 300_000,
      },
});
