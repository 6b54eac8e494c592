import { test as base, type BrowserContext, type Page, type Request } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIRequestContext, APIResponse, Locator, Page, Route } from '@playwright/test';

/** How many of the last lines a failed test prints: enough to see the steps that led up to it. */
const LINES_PRINTED = 80;

/**
 * Every page a test opens in its browser context keeps a short log of what the browser did:
 * navigations, requests with their status and time, requests that failed or never ended,
 * console errors and page errors. A failed test prints its tail to the output, so that a failure
 * seen only in CI's printout (where the trace file cannot be opened) still says whether a page
 * was slow, a request failed or a script threw.
 */
export const test = base.extend({
  // The context rather than the page, so that a second page a test opens is in the log too.
  context: async ({ context }, provide, testInfo) => {
    const log = recordBrowserLog(context);
    await provide(context);
    if (testInfo.status !== testInfo.expectedStatus) {
      const lines = log.lines();
      const shown = lines.slice(-LINES_PRINTED);
      const skipped = lines.length - shown.length;
      const heading = `browser log of «${testInfo.title}» (${testInfo.project.name})${skipped ? `, its last ${shown.length} of ${lines.length} lines` : ''}:`;
      if (lines.length > 0) console.log([heading, ...shown].join('\n  '));
    }
  },
});

function recordBrowserLog(context: BrowserContext) {
  const log: string[] = [];
  const start = Date.now();
  const pages = new Map<Page, string>();
  const started = new Map<Request, number>();
  const statuses = new Map<Request, number>();
  const elapsed = (since: number) => `${Date.now() - since} ms`;
  const pageOf = (request: Request) => {
    try {
      return pages.get(request.frame().page()) ?? '';
    } catch {
      return ''; // A service worker's request has no frame.
    }
  };
  const line = (prefix: string, text: string) => log.push(`${String(Date.now() - start).padStart(6)} ms  ${prefix}${text}`);
  const address = (url: string) => {
    try {
      const parsed = new URL(url);
      return (decodeURI(parsed.pathname) + parsed.search).slice(0, 160);
    } catch {
      return url.slice(0, 160);
    }
  };

  context.on('page', (page) => {
    const prefix = pages.size === 0 ? '' : `[page ${pages.size + 1}] `;
    pages.set(page, prefix);
    page.on('domcontentloaded', () => line(prefix, 'DOMContentLoaded'));
    page.on('load', () => line(prefix, 'load'));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) line(prefix, `navigated to ${address(frame.url())}`);
    });
    page.on('pageerror', (error) => line(prefix, `page error: ${error.message}`));
  });
  context.on('request', (request) => {
    started.set(request, Date.now());
    if (request.isNavigationRequest()) line(pageOf(request), `→ ${request.method()} ${address(request.url())} (navigation)`);
  });
  context.on('response', (response) => statuses.set(response.request(), response.status()));
  context.on('requestfinished', (request) => {
    const since = started.get(request);
    started.delete(request);
    line(
      pageOf(request),
      `← ${statuses.get(request) ?? '?'} ${request.resourceType()} ${address(request.url())} in ${since ? elapsed(since) : '?'}`,
    );
  });
  context.on('requestfailed', (request) => {
    const since = started.get(request);
    started.delete(request);
    line(
      pageOf(request),
      `✗ ${request.resourceType()} ${address(request.url())} after ${since ? elapsed(since) : '?'}: ${request.failure()?.errorText ?? 'failed'}`,
    );
  });
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') line('', `console ${message.type()}: ${message.text()}`);
  });

  return {
    /** The log so far, and every request still waiting for its answer. */
    lines: () => [
      ...log,
      ...[...started].map(
        ([request, since]) => `  still waiting after ${elapsed(since)}: ${request.resourceType()} ${address(request.url())}`,
      ),
    ],
  };
}
