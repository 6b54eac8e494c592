import { readFileSync } from 'node:fs';
import { expect, test, type APIResponse, type Page, type Route } from './test';
import { LEAN_EXPORT_DIR } from './build-output';
import { ALL_ARTICLES, SEED } from './helpers';

/**
 * No page breaks its own Content-Security-Policy or logs an error. Runs on `next start` (headers
 * from next.config.ts) and on the static export (playwright.config.ts), where the headers of the
 * `_headers` file the export carries are applied to each response, as Netlify or Cloudflare
 * would: the plain static server of the tests does not read that file.
 */

/** The export folder a project serves, whose `_headers` apply; none for `next start`. */
const exportFolder = (): string | undefined => ({ 'static-export': 'out', 'lean-export': LEAN_EXPORT_DIR })[test.info().project.name];

/** `_headers` as a static host reads it: `/*` or `/prefix/*` patterns, then indented headers. */
function readHeadersFile(file: string): Array<{ prefix: string; headers: Record<string, string> }> {
  const rules: Array<{ prefix: string; headers: Record<string, string> }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.push({ prefix: line.replace(/\*$/, ''), headers: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * The file, from the static server. Playwright's fetch reuses kept-alive connections, and one
 * the server closes at the same moment fails as ECONNRESET or «socket hang up» (seen once in CI): that request,
 * and only for that reason, is sent again on a new connection. Any other error fails the test.
 */
async function fetchAgainIfReset(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch({ headers: { ...route.request().headers(), connection: 'close' } });
  }
}

/** Serves the static export with its own `_headers` applied to each response, as a static host would. */
async function applyExportHeaders(page: Page, folder: string) {
  const rules = readHeadersFile(`${folder}/_headers`);
  expect(rules.find((rule) => rule.prefix === '/')?.headers['Content-Security-Policy']).toBeTruthy();
  await page.route('**/*', async (route) => {
    const response = await fetchAgainIfReset(route);
    const path = new URL(route.request().url()).pathname;
    const added = Object.assign({}, ...rules.filter((rule) => path.startsWith(rule.prefix)).map((rule) => rule.headers));
    await route.fulfill({ response, headers: { ...response.headers(), ...added } });
  });
}

/**
 * Every CSP violation (DOM event) and console error of the page, from before its first script;
 * each call of the returned function hands over what was seen since the last.
 */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  let problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.splice(0));
    const seen = [...problems, ...violations];
    problems = [];
    return seen;
  };
}

/** The first link of a list page (a tag, category or series), as a reader would open it. */
async function firstLinkUnder(page: Page, indexPath: string, prefix: string): Promise<string> {
  await page.goto(indexPath);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

test('no page type breaks its Content-Security-Policy or logs an error, with search, theme and contents at work', async ({ page }) => {
  test.setTimeout(120_000);
  const folder = exportFolder();
  if (folder) await applyExportHeaders(page, folder);
  const problems = await watchPolicy(page);
  const visited: Record<string, string[]> = {};
  const visit = async (path: string, act?: () => Promise<void>) => {
    const response = await page.goto(path);
    const policy = response?.headers()['content-security-policy'];
    expect(policy, path).toMatch(/script-src/);
    // The lean export has no framework payload to allow: only its own files and the theme script's hash.
    if (test.info().project.name === 'lean-export') expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await page.waitForLoadState('networkidle');
    let found = await problems();
    // What the reader does next needs the page's scripts: only when none was blocked.
    if (found.length === 0 && act) {
      await act();
      found = await problems();
    }
    if (found.length > 0) visited[path] = found;
  };

  const tag = await firstLinkUnder(page, '/tags/', '/tags/');
  const category = await firstLinkUnder(page, '/categories/', '/categories/');
  const series = await firstLinkUnder(page, '/series/', '/series/');
  const indexes = await problems();
  if (indexes.length > 0) visited['/tags/, /categories/, /series/'] = indexes;
  await visit('/', async () => {
    // The theme toggle writes the choice and repaints.
    await page.getByRole('button', { name: 'حالت تاریک' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  });
  await visit('/page/2/');
  for (const article of ALL_ARTICLES) await visit(encodeURI(article));
  await visit(tag);
  await visit(category);
  await visit(series);
  await visit('/archive/');
  await visit('/about/');
  await visit(encodeURI('/search/?q=مدل'), async () => {
    await expect(page.locator('main [data-search-results] > li').first()).toBeVisible();
  });
  // The header search fetches the index as the reader types.
  await visit(encodeURI(SEED), async () => {
    await page.locator('header').getByRole('searchbox').fill('ChatGPT');
    await expect(page.locator('header [data-header-results] li a').first()).toBeVisible();
  });
  // The 404 page: its own status is the one console error a browser logs; nothing else may be.
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  const onMissing = (await problems()).filter((problem) => !/status of 404/.test(problem));
  if (onMissing.length > 0) visited['/no-such-page/'] = onMissing;

  expect(visited).toEqual({});
});
