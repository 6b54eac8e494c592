import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { LEAN_EXPORT_DIR, PREVIEW_DIST_DIR, SITE_DIST_DIR } from './e2e/build-output';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
/** The static export (`npm run build:export` → out/) served by a plain static file server. */
const staticPort = port + 1;
const staticBaseURL = `http://127.0.0.1:${staticPort}`;
/**
 * The lean static export (scripts/lean-export.ts): out/ without the Next/React runtime and RSC
 * payload, derived from it after the export build (no second build), on its own static server.
 */
const leanPort = port + 3;
const leanBaseURL = `http://127.0.0.1:${leanPort}`;
/** What runs against a plain static host: the reader-facing basics. */
const exportSpecs = ['foundation.spec.ts', 'lists.spec.ts', 'search.spec.ts', 'content-security-policy.spec.ts', 'images.spec.ts'];
/**
 * Feeds, sitemap, robots.txt and each page's metadata are checked on the lean export only: it
 * copies the files from the normal export byte for byte and keeps each page's metadata, so the same
 * bytes checked twice cost 45 s of a 15-minute suite and could not fail on one alone.
 */
const leanExportSpecs = [...exportSpecs, 'feeds-seo.spec.ts'];
/**
 * A preview build (SHOW_DRAFTS=1, what editors see on a pull request) in its own folder,
 * served by `next start` beside the production build.
 */
const previewPort = port + 2;
const previewBaseURL = `http://127.0.0.1:${previewPort}`;

/** Site settings the tests check (canonical, share and edit links), given to the builds. */
export const siteEnv = {
  SITE_URL: baseURL,
  SITE_EDIT_BASE_URL: 'https://git.example/articles/edit/main',
  // Two articles a page, so that the four real articles paginate.
  SITE_POSTS_PER_PAGE: '2',
};

/**
 * Playwright cannot download its browsers here, so Debian's Chromium is used when present.
 * PLAYWRIGHT_CHROMIUM_PATH overrides; with neither, Playwright's own browser is used.
 */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

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
    // A failed test keeps its trace of actions, console and network, and a screenshot. The DOM
    // snapshots of every step are left out unless asked for (E2E_FULL_TRACE=1): recording them
    // for every test made the suite about a quarter slower, for traces that passing tests discard.
    trace: { mode: 'retain-on-failure', snapshots: process.env.E2E_FULL_TRACE === '1', screenshots: process.env.E2E_FULL_TRACE === '1' },
    screenshot: 'only-on-failure',
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
    {
      // Scans the build folders as `next build` left them, before any request reaches a server.
      name: 'build-output',
      testMatch: 'build-output.spec.ts',
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } },
      grepInvert: /@phone|@preview|@build-output/,
      // A deployment (E2E_BASE_URL) has no local build output to scan.
      dependencies: process.env.E2E_BASE_URL ? [] : ['build-output'],
    },
    {
      name: 'phone',
      // A small Android phone: 360 px is the narrowest common width.
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 } },
      grep: /@phone/,
    },
    {
      // What a plain static host or CDN serves must work as well: the reader-facing basics.
      name: 'static-export',
      testMatch: exportSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: staticBaseURL },
    },
    {
      // The same, with no framework on the client: every feature through lib/browser's script.
      name: 'lean-export',
      testMatch: leanExportSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: leanBaseURL },
    },
    {
      // Drafts and scheduled articles, marked, in a noindex preview build.
      name: 'preview',
      testMatch: 'drafts.spec.ts',
      grep: /@preview/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 }, baseURL: previewBaseURL },
    },
  ],
  // E2E_BASE_URL tests a deployment instead; it must be built with siteEnv's settings.
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : [
        {
          // Builds the static export (and its lean twin), the preview build and the site, then
          // serves the build with `next start` and the exports with a plain static file server, as
          // a CDN would. The site is built into SITE_DIST_DIR, not .next/: an export build keeps its
          // intermediate files in .next/, and a test builds an export while the server runs.
          command:
            'npm run build:export && ' +
            `npx tsx scripts/lean-export.ts out ${LEAN_EXPORT_DIR} && npx tsx scripts/static-headers.ts --write-export ${LEAN_EXPORT_DIR} --lean && ` +
            `SHOW_DRAFTS=1 NEXT_DIST_DIR=${PREVIEW_DIST_DIR} SITE_URL=${previewBaseURL} npx next build && ` +
            `NEXT_DIST_DIR=${SITE_DIST_DIR} npm run build && ` +
            // --no-port-switching: a busy port must fail the static-export tests, not move the server.
            `sh -c 'serve out --no-clipboard --no-port-switching -l tcp://127.0.0.1:${staticPort} & ` +
            `serve ${LEAN_EXPORT_DIR} --no-clipboard --no-port-switching -l tcp://127.0.0.1:${leanPort} & NEXT_DIST_DIR=${SITE_DIST_DIR} exec npm run start'`,
          env: { ...siteEnv, PORT: String(port) },
          url: baseURL,
          reuseExistingServer: false,
          timeout: 600_000,
        },
        {
          // Started once the entry above is up, so after every build has finished.
          command: `NEXT_DIST_DIR=${PREVIEW_DIST_DIR} npx next start -H 127.0.0.1 -p ${previewPort}`,
          env: { ...siteEnv, SITE_URL: previewBaseURL, SHOW_DRAFTS: '1' },
          url: previewBaseURL,
          reuseExistingServer: false,
          timeout: 60_000,
        },
      ],
});
