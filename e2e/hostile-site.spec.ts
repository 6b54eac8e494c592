import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from './test';

/*
 * The articles of tests/fixtures/hostile/site/ (front matter full of `</script>`, `]]>`, quotes,
 * `&`, U+202E and very long values; code that looks like attacks) built as a site of their own
 * (CONTENT_DIR, in .next-hostile/) and served by `next start`: no script of theirs runs in the
 * browser, and every value reaches the page, its meta tags, JSON-LD, the feeds and the sitemap
 * as text. See docs/security.md.
 */
// +1, +2 and +3 serve the export, the preview and the lean export (playwright.config.ts).
const port = Number(process.env.E2E_PORT ?? 3100) + 4;
const origin = `http://127.0.0.1:${port}`;
const env = { ...process.env, CONTENT_DIR: 'tests/fixtures/hostile/site/content', NEXT_DIST_DIR: '.next-hostile', SITE_URL: origin };
const HOSTILE_TITLE = 'پایان </script><script>globalThis.__hostileRan=true</script> و ]]> و "نقل" \'تکی\' & &amp; \u202Eوارونه\u202C';
const ARTICLES = ['/posts/front-matter-escapes/', '/posts/code-that-looks-hostile/', '/posts/safe-mdx/', '/posts/long-strings/'];

let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  execFileSync('npx', ['next', 'build'], { env, stdio: 'pipe', timeout: 840_000 });
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { env, detached: true, stdio: 'ignore' });
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      if (attempt > 120) throw new Error(`the hostile site did not start on ${origin}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('no script from an article runs, no dialog opens, and the hostile title is text in the page and its head', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const url of [...ARTICLES, '/', '/tags/', '/categories/', '/series/', '/archive/', '/search/?q=script']) {
    await page.goto(origin + url);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (globalThis as { __hostileRan?: unknown }).__hostileRan), url).toBeUndefined();
  }
  expect(dialogs).toEqual([]);

  await page.goto(origin + ARTICLES[0]);
  await expect(page.locator('h1')).toHaveText(HOSTILE_TITLE);
  expect(await page.title()).toContain(HOSTILE_TITLE);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', HOSTILE_TITLE);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /خط دوم <\/title><script>globalThis/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  // One script may hold several objects (the article and its breadcrumbs) as an array.
  const article = jsonLd
    .flatMap((text) => [JSON.parse(text) as unknown].flat() as { '@type': string; headline?: string }[])
    .find((data) => data['@type'] === 'BlogPosting');
  expect(article?.headline).toBe(HOSTILE_TITLE);
  for (const text of jsonLd) expect(text).not.toMatch(/[<>]/);
});

test('links that open a tab carry rel="noopener noreferrer"', async ({ page }) => {
  await page.goto(origin + '/posts/safe-mdx/');
  // The article's two, one of which asked for rel="opener"; the page's own share links open tabs too.
  for (const name of ['پیوند بیرونی در زبانهٔ تازه', 'خانه در زبانهٔ تازه']) {
    await expect(page.getByRole('link', { name })).toHaveAttribute('rel', 'noopener noreferrer');
  }
  for (const link of await page.locator('a[target="_blank"]').all()) await expect(link).toHaveAttribute('rel', /noopener/);
});

test('feeds and sitemap: well-formed, the hostile title read back as text', async ({ request }) => {
  for (const path of ['/feed.xml', '/atom.xml']) {
    const xml = await (await request.get(origin + path)).text();
    expect(parseFeed(xml).items.map((item) => item.title)).toContain(HOSTILE_TITLE);
    expect(xml, path).not.toMatch(/<script|="[^"]*</);
  }
  const json = (await (await request.get(origin + '/feed.json')).json()) as { items: { title: string }[] };
  expect(json.items.map((item) => item.title)).toContain(HOSTILE_TITLE);
  const sitemap = await (await request.get(origin + '/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${origin}/posts/front-matter-escapes/</loc>`);
  expect(sitemap).not.toMatch(/<script|\u202E/);
});
