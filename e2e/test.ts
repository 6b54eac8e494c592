import { test as base, type Page, type Request } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIRequestContext, APIResponse, Page, Route } from '@playwright/test';

/** How many of the last lines a failed test prints: enough to see the steps that led up to it. */
const LINES_PRINTED = 80;

/**
 * Every page a test opens in its browser context keeps a short log of what the browser did: navigations, requests with
 * their status and time, failed requests, console errors and page errors. A failed test prints
 * its tail to the output, so that a failure seen only in CI's printout (where the trace file
 * cannot be opened) still says whether a page was slow, a request failed or a script threw.
 */
export const test = base.extend({
  // The context rather than the page, so that a second page a test opens is in the log too.
  context: async ({ context }, provide, testInfo) => {
    const log: string[] = [];
    const start = Date.now();
    let pages = 0;
    context.on('page', (page) => recordBrowserLog(page, log, start, ++pages === 1 ? '' : `[page ${pages}] `));
    await provide(context);
    if (testInfo.status !== testInfo.expectedStatus && log.length > 0) {
      const shown = log.slice(-LINES_PRINTED);
      const skipped = log.length - shown.length;
      const heading = `browser log of «${testInfo.title}» (${testInfo.project.name})${skipped ? `, its last ${shown.length} of ${log.length} lines` : ''}:`;
      console.log([heading, ...shown].join('\n  '));
    }
  },
});

function recordBrowserLog(page: Page, log: string[], start: number, prefix: string): void {
  const started = new Map<Request, number>();
  const line = (text: string) => log.push(`${String(Date.now() - start).padStart(6)} ms  ${prefix}${text}`);
  const address = (url: string) => {
    try {
      const parsed = new URL(url);
      return (decodeURI(parsed.pathname) + parsed.search).slice(0, 160);
    } catch {
      return url.slice(0, 160);
    }
  };
  page.on('domcontentloaded', () => line('DOMContentLoaded'));
  page.on('load', () => line('load'));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) line(`navigated to ${address(frame.url())}`);
  });
  page.on('request', (request) => {
    started.set(request, Date.now());
    if (request.isNavigationRequest()) line(`→ ${request.method()} ${address(request.url())} (navigation)`);
  });
  const took = (request: Request) => `${Date.now() - (started.get(request) ?? Date.now())} ms`;
  page.on('requestfinished', async (request) => {
    const time = took(request);
    const response = await request.response().catch(() => null);
    line(`← ${response?.status() ?? '?'} ${request.resourceType()} ${address(request.url())} in ${time}`);
  });
  page.on('requestfailed', (request) => {
    line(`✗ ${request.resourceType()} ${address(request.url())} after ${took(request)}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') line(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => line(`page error: ${error.message}`));
}
