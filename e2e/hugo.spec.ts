import { expect, test } from './test';
import { collectForeignRequests } from './helpers';

/**
 * Articles imported from a Hugo site (tests/fixtures/hugo-site, by `npm run import:hugo`):
 * content/posts/http-caching/index.fa.md (YAML, page bundle) and content/posts/safe-bash.fa.md
 * (TOML, cover from Hugo's static/).
 */
const HTTP_CACHING = '/posts/http-caching/';
const SAFE_BASH = '/posts/safe-bash/';
const staticBaseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test.describe('articles imported from Hugo', () => {
  for (const url of [HTTP_CACHING, SAFE_BASH]) {
    test(`${url} shows no Hugo template syntax and loads nothing from other sites`, async ({ page }) => {
      const foreign = collectForeignRequests(page);
      await page.goto(url);
      const text = await page.locator('article').innerText();
      for (const syntax of ['{{<', '{{%', '>}}', '%}}', '{#', '{.', '<!--more-->']) expect(text).not.toContain(syntax);
      await expect(page.locator('article iframe')).toHaveCount(0);
      expect(foreign()).toEqual([]);
    });
  }

  test('search reads a Hugo article as its reader does: its passage has the caption and the code, no Hugo syntax', async ({
    page,
    request,
  }) => {
    const index = (await (await request.get('/search/index.json')).json()) as { documents: Array<{ url: string; passage: string }> };
    const document = index.documents.find((candidate) => decodeURI(candidate.url) === HTTP_CACHING)!;
    const { text } = (await (await request.get(document.passage)).json()) as { text: string };
    for (const syntax of ['{{', '}}', '{#', 'hl_lines', 'request-path']) expect(text).not.toContain(syntax);
    expect(text).toContain('درخواست اول به سرور می‌رسد');
    expect(text).toContain('add_header Cache-Control');

    // The heading's old anchor is not a word of the article.
    await page.goto(`/search/?q=${encodeURIComponent('request-path')}`);
    await expect(page.locator('main').getByRole('status')).toHaveText('نتیجه‌ای برای «request-path» پیدا نشد.');
  });

  test('a figure shortcode renders the image beside the article with its caption', async ({ page }) => {
    await page.goto(HTTP_CACHING);
    const figure = page.locator('article .prose figure.figure');
    await expect(figure.locator('img')).toHaveAttribute('alt', 'مرورگر، کش و سرور');
    await expect(figure.locator('figcaption')).toHaveText('درخواست اول به سرور می‌رسد؛ درخواست‌های بعدی از کش جواب می‌گیرند.');
    expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test('a highlight shortcode is a highlighted code block with its line numbers and marked line', async ({ page }) => {
    await page.goto(HTTP_CACHING);
    const block = page.locator('.code-block pre[data-language="nginx"]');
    await expect(block).toBeVisible();
    await expect(block.locator('code[data-line-numbers] > [data-line]')).toHaveCount(4);
    await expect(block.locator('[data-highlighted-line]')).toHaveText(/add_header Cache-Control/);
    // The line number is drawn before each line, and is not part of the copied text.
    const number = await block
      .locator('[data-line]')
      .nth(2)
      .evaluate((line) => getComputedStyle(line, '::before').content);
    expect(number).toMatch(/counter\(line\)|"3"/);
    await page.goto(SAFE_BASH);
    await expect(page.locator('.code-block pre[data-language="bash"]').first()).toContainText('set -euo pipefail');
  });

  test('headings keep their Hugo ids as anchors and in the table of contents', async ({ page }) => {
    await page.goto(HTTP_CACHING);
    for (const [id, heading] of [
      ['request-path', 'مسیر یک درخواست'],
      ['cache-control', 'هدر Cache-Control'],
      ['etag', 'اعتبارسنجی با ETag'],
    ] as const) {
      await expect(page.locator(`article h2#${id}`)).toHaveText(heading);
      await expect(page.locator(`nav a[href="#${id}"]`).first()).toHaveText(heading);
    }
  });

  test('details, alert, embeds and ref links render with the site’s own components', async ({ page }) => {
    await page.goto(HTTP_CACHING);
    await expect(page.locator('.prose details.details summary')).toHaveText('نمونه‌ای از گفت‌وگوی مرورگر و سرور');
    await expect(page.locator('.embed-link a[href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"]')).toHaveText(
      /ویدیو در یوتیوب: آشنایی با کش در مرورگر/,
    );
    await expect(page.locator('.embed-link a[href="https://vimeo.com/76979871"]')).toHaveText(/ویدیو در ویمئو/);
    await page.locator('.prose a', { hasText: 'اسکریپت‌های Bash امن‌تر' }).click();
    await expect(page).toHaveURL(new RegExp(`${SAFE_BASH}$`));

    await expect(page.locator('aside[data-callout="warning"]')).toContainText('در شرط‌ها');
    await expect(page.locator('article a[href="https://gist.github.com/sarakaveh/4f1c2d9e"]')).toBeVisible();
    await expect(page.locator('article a[href="https://x.com/sarakaveh/status/1760000000000000000"]')).toBeVisible();
    // The theme's unknown paired shortcode shows its text.
    await expect(page.locator('article')).toContainText('پوشهٔ موقت را همیشه با mktemp بسازید');
    await page.locator('.prose a', { hasText: 'نوشته‌ای جدا' }).click();
    await expect(page).toHaveURL(/\/posts\/http-caching\/#etag$/);
  });

  test('author, categories and a cover from Hugo’s static/ are shown', async ({ page }) => {
    await page.goto(SAFE_BASH);
    await expect(page.getByTestId('authors')).toContainText('سارا کاوه');
    await expect(page.getByTestId('categories')).toContainText('ابزارها');
    // Each name isolated: read from the right, «Shell scripting» comes before «Linux», as written,
    // not swapped into one left-to-right run with the comma between them.
    await page.setViewportSize({ width: 1280, height: 800 });
    const categories = page.getByTestId('categories').getByRole('link');
    await expect(categories).toHaveText(['ابزارها', 'Shell scripting', 'Linux']);
    const [persian, shell, linux] = await Promise.all([0, 1, 2].map(async (index) => (await categories.nth(index).boundingBox())!));
    expect(persian!.x).toBeGreaterThan(shell!.x);
    expect(shell!.x).toBeGreaterThan(linux!.x);
    const cover = page.getByTestId('cover');
    await expect(cover).toBeVisible();
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
});

test.describe('old Hugo addresses', () => {
  const OLD = [
    ['/fa/posts/2023/12/http-caching/', HTTP_CACHING],
    ['/fa/old/http-cache/', HTTP_CACHING],
    ['/fa/posts/2023/11/safe-bash/', SAFE_BASH],
    ['/fa/bash-tips/', SAFE_BASH],
  ] as const;

  for (const [old, article] of OLD) {
    test(`${old} answers 308 to ${article} under next start`, async ({ page, request }) => {
      const response = await request.get(old, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location!, 'http://x').pathname).toBe(article);
      await page.goto(old);
      await expect(page).toHaveURL(new RegExp(`${article}$`));
      await expect(page.locator('article h1')).toBeVisible();
    });

    test(`${old} is a redirect page to ${article} in the static export`, async ({ page, request }) => {
      const response = await request.get(`${staticBaseURL}${old}`, { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${article}">`));
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${article}">`);
      await page.goto(`${staticBaseURL}${old}`);
      await page.waitForURL(`${staticBaseURL}${article}`);
      await expect(page.locator('article h1')).toBeVisible();
    });
  }
});
